import { expect } from '@open-wc/testing';
import {
  USERS_ERROR_CODES,
  UsersError,
  abortedError,
  isUsersError,
  throwIfAborted,
  toUsersError,
  type ApiToken,
} from '../../src/core/index.js';

const token: ApiToken = {
  id: 7,
  name: 'deploy',
  description: null,
  role: 5,
  expDate: null,
  created: '2026-01-01T00:00:00Z',
  lastUsage: null,
  deleted: false,
  expired: false,
  issuer: { userId: 3, name: 'Ann', email: 'ann@example.com', deleted: false },
};

describe('UsersError', () => {
  it('is an Error with a code, and keeps every detail it is given', () => {
    const cause = new Error('socket closed');
    const error = new UsersError('tokens_block_removal', 'Blocked', {
      serverMessage: 'User has active tokens',
      status: 409,
      fieldErrors: { email: ['taken'] },
      field: 'results.3.email',
      tokens: [token],
      retryAfterSeconds: 30,
      cause,
    });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('UsersError');
    expect(error.code).to.equal('tokens_block_removal');
    expect(error.message).to.equal('Blocked');
    expect(error.serverMessage).to.equal('User has active tokens');
    expect(error.status).to.equal(409);
    expect(error.fieldErrors).to.deep.equal({ email: ['taken'] });
    expect(error.field).to.equal('results.3.email');
    expect(error.tokens).to.deep.equal([token]);
    expect(error.retryAfterSeconds).to.equal(30);
    expect(error.cause).to.equal(cause);
  });

  it('takes its message from the server message, then the code', () => {
    expect(new UsersError('forbidden', undefined, { serverMessage: 'No.' }).message).to.equal('No.');
    expect(new UsersError('forbidden').message).to.equal('forbidden');
  });

  it("includes design.md's codes", () => {
    const designCodes = [
      'forbidden',
      'not_found',
      'already_invited',
      'cannot_add',
      'rate_limited',
      'validation',
      'tokens_block_removal',
      'token_role_conflict',
      'network',
      'bad_response',
      'aborted',
      'unknown',
    ];
    expect(USERS_ERROR_CODES).to.include.members(designCodes);
  });

  it('isUsersError tells a UsersError from other errors', () => {
    expect(isUsersError(new UsersError('network'))).to.equal(true);
    expect(isUsersError(new Error('network'))).to.equal(false);
    expect(isUsersError({ code: 'network' })).to.equal(false);
  });
});

describe('toUsersError', () => {
  it('returns a UsersError unchanged', () => {
    const original = new UsersError('not_found', 'gone', { status: 404 });
    expect(toUsersError(original)).to.equal(original);
  });

  it('turns an AbortError (what fetch rejects with on abort) into aborted, keeping it as the cause', () => {
    const controller = new AbortController();
    controller.abort();
    const abort = controller.signal.reason as DOMException;
    expect(abort.name).to.equal('AbortError');
    const error = toUsersError(abort);
    expect(error.code).to.equal('aborted');
    expect(error.cause).to.equal(abort);
  });

  it('turns a TimeoutError (AbortSignal.timeout) into timeout', async () => {
    const signal = AbortSignal.timeout(1);
    await new Promise((resolve) => signal.addEventListener('abort', resolve));
    const reason = signal.reason as DOMException;
    expect(reason.name).to.equal('TimeoutError');
    const error = toUsersError(reason);
    expect(error.code).to.equal('timeout');
    expect(error.cause).to.equal(reason);
  });

  it('turns a plain error into unknown with its message and cause', () => {
    const plain = new TypeError('x is not a function');
    const error = toUsersError(plain);
    expect(error.code).to.equal('unknown');
    expect(error.message).to.equal('x is not a function');
    expect(error.cause).to.equal(plain);
  });

  it('turns a DOMException that is not about aborting into unknown', () => {
    const error = toUsersError(new DOMException('bad', 'SyntaxError'));
    expect(error.code).to.equal('unknown');
    expect(error.message).to.equal('bad');
  });

  it('turns thrown non-errors into unknown with their text', () => {
    expect(toUsersError('boom').message).to.equal('boom');
    expect(toUsersError('boom').code).to.equal('unknown');
    expect(toUsersError(undefined).code).to.equal('unknown');
  });
});

describe('abortedError / throwIfAborted', () => {
  it('makes an aborted error carrying the signal reason', () => {
    const controller = new AbortController();
    controller.abort('superseded');
    const error = abortedError(controller.signal);
    expect(error.code).to.equal('aborted');
    expect(error.cause).to.equal('superseded');
  });

  it('throws only once the signal has fired', () => {
    const controller = new AbortController();
    expect(() => throwIfAborted(controller.signal)).not.to.throw();
    expect(() => throwIfAborted(undefined)).not.to.throw();
    controller.abort();
    expect(() => throwIfAborted(controller.signal))
      .to.throw(UsersError)
      .with.property('code', 'aborted');
  });
});
