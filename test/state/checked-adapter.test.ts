import { expect } from '@open-wc/testing';
import type { UsersAdapter } from '../../src/adapters/users-adapter.js';
import { UsersError, type User } from '../../src/core/index.js';
import { CheckedAdapter, checkedAdapter } from '../../src/state/checked-adapter.js';

const alice: User = {
  id: 1,
  email: 'alice@example.com',
  name: 'Alice',
  lang: 'en',
  role: 1,
  activated: true,
  twoFa: false,
  deleted: false,
  company: 'Example',
};

/** An adapter whose every method answers `answer` (or throws it when `fail` is set). */
function adapterAnswering(answer: unknown, fail = false): UsersAdapter {
  const method = async () => {
    if (fail) throw answer;
    return answer;
  };
  return {
    getSession: method,
    listUsers: method,
    inviteUser: method,
    updateUser: method,
    setUserRole: method,
    removeUser: method,
    resendInvite: method,
    listApiTokens: method,
    deleteApiToken: method,
  } as unknown as UsersAdapter;
}

async function failure(promise: Promise<unknown>): Promise<UsersError> {
  try {
    await promise;
  } catch (error) {
    return error as UsersError;
  }
  throw new Error('expected a rejection');
}

describe('CheckedAdapter', () => {
  it('passes a well-formed answer through as the adapter gave it, extras included', async () => {
    const page = { items: [alice], total: 1 };
    const answer = await checkedAdapter(adapterAnswering(page)).listUsers({ offset: 0, limit: 10 });
    expect(answer).to.equal(page);
    expect(answer.items[0]!.company).to.equal('Example');
  });

  it('turns a wrong shape into bad_response naming the field', async () => {
    const broken = { items: [alice, { ...alice, id: 2, email: 42 }], total: 2 };
    const error = await failure(checkedAdapter(adapterAnswering(broken)).listUsers({ offset: 0, limit: 10 }));
    expect(error).to.be.instanceOf(UsersError);
    expect(error.code).to.equal('bad_response');
    expect(error.field).to.equal('items.1.email');
  });

  it('checks every answering method against its schema', async () => {
    const adapter = checkedAdapter(adapterAnswering({}));
    const calls: Array<[string, Promise<unknown>]> = [
      ['getSession', adapter.getSession()],
      ['inviteUser', adapter.inviteUser({ email: 'a@b.c', role: 2 })],
      ['updateUser', adapter.updateUser(1, { name: 'x' })],
      ['setUserRole', adapter.setUserRole(1, 2)],
      ['listApiTokens', adapter.listApiTokens()],
    ];
    for (const [name, call] of calls) {
      expect((await failure(call)).code, name).to.equal('bad_response');
    }
  });

  it('turns thrown non-UsersErrors into UsersErrors, and keeps UsersErrors as they are', async () => {
    const typeError = await failure(checkedAdapter(adapterAnswering(new TypeError('oops'), true)).removeUser(1));
    expect(typeError).to.be.instanceOf(UsersError);
    expect(typeError.code).to.equal('unknown');

    const original = new UsersError('forbidden');
    expect(await failure(checkedAdapter(adapterAnswering(original, true)).getSession())).to.equal(original);

    const abort = new DOMException('stop', 'AbortError');
    expect((await failure(checkedAdapter(adapterAnswering(abort, true)).resendInvite(1))).code).to.equal('aborted');
  });

  it('survives a method that throws synchronously or is missing', async () => {
    const adapter = {
      getSession() {
        throw new Error('sync');
      },
    } as unknown as UsersAdapter;
    expect((await failure(checkedAdapter(adapter).getSession())).code).to.equal('unknown');
    expect((await failure(checkedAdapter(adapter).deleteApiToken(1))).code).to.equal('unknown');
  });

  it('passes the signal through', async () => {
    let seen: AbortSignal | undefined;
    const adapter = {
      removeUser: async (_id: number, signal?: AbortSignal) => {
        seen = signal;
      },
    } as unknown as UsersAdapter;
    const controller = new AbortController();
    await checkedAdapter(adapter).removeUser(1, controller.signal);
    expect(seen).to.equal(controller.signal);
  });

  it('wraps each adapter once and never wraps a wrapper', () => {
    const inner = adapterAnswering(null);
    const wrapped = checkedAdapter(inner);
    expect(wrapped).to.be.instanceOf(CheckedAdapter);
    expect(checkedAdapter(inner)).to.equal(wrapped);
    expect(checkedAdapter(wrapped)).to.equal(wrapped);
  });
});
