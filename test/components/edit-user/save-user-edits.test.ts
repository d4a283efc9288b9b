import { expect } from '@open-wc/testing';
import { MemoryAdapter, SEED } from '../../../src/adapters/memory/index.js';
import { conflictingTokens, saveUserEdits } from '../../../src/components/edit-user/save-user-edits.js';
import { UsersError } from '../../../src/core/index.js';

/** The two-request save on its own, including the mixed results the form reports line by line. */
describe('saveUserEdits', () => {
  const signal = new AbortController().signal;

  it('sends name/language and role as separate requests and reports each', async () => {
    const adapter = new MemoryAdapter();
    const steps = await saveUserEdits(adapter, SEED.userId, { role: 5 }, signal);
    expect(steps).to.have.length(1);
    expect(steps[0]!.ok && steps[0]!.user.role).to.equal(5);
    expect(adapter.callsOf('updateUser')).to.have.length(0);
  });

  it('tries the role even when name and language failed, and says which part succeeded', async () => {
    const adapter = new MemoryAdapter();
    adapter.failNext('network', { method: 'updateUser' });
    const steps = await saveUserEdits(adapter, SEED.userId, { patch: { lang: 'de' }, role: 5 }, signal);
    expect(steps.map((step) => [step.fields, step.ok])).to.deep.equal([
      [['lang'], false],
      [['role'], true],
    ]);
    expect(!steps[0]!.ok && steps[0]!.error.code).to.equal('network');
  });

  it('keeps the saved name when the role change after it is refused', async () => {
    const adapter = new MemoryAdapter();
    const steps = await saveUserEdits(adapter, SEED.adminId, { patch: { name: 'Ada K' }, role: 2 }, signal);
    expect(steps.map((step) => [step.fields, step.ok])).to.deep.equal([
      [['name'], true],
      [['role'], false],
    ]);
    expect(!steps[1]!.ok && steps[1]!.error.code).to.equal('forbidden');
    expect(adapter.backend.getUser(SEED.adminId, SEED.adminId).name).to.equal('Ada K');
  });

  it('rejects when aborted, so nothing is reported for a page that is gone', async () => {
    const adapter = new MemoryAdapter({ latencyMs: 50 });
    const controller = new AbortController();
    const saving = saveUserEdits(adapter, SEED.userId, { role: 5 }, controller.signal);
    controller.abort();
    const error = await saving.catch((e: unknown) => e);
    expect(error).to.be.instanceOf(UsersError);
    expect((error as UsersError).code).to.equal('aborted');
  });
});

describe('conflictingTokens', () => {
  it('asks for the issuer’s tokens when the error names none, keeping active ones above the role', async () => {
    const adapter = new MemoryAdapter();
    const error = new UsersError('token_role_conflict');
    const tokens = await conflictingTokens(adapter, error, SEED.engineerId, 2);
    expect(tokens.map((token) => token.name)).to.deep.equal(['CI deploy']);
    expect(adapter.callsOf('listApiTokens').map((call) => call.args[0])).to.deep.equal([{ issuedBy: SEED.engineerId }]);
    expect(
      await conflictingTokens(adapter, error, SEED.engineerId, 5),
      'Engineers is not below the token',
    ).to.deep.equal([]);
  });

  it('uses the tokens the error names without asking', async () => {
    const adapter = new MemoryAdapter();
    const [token] = await adapter.listApiTokens({ issuedBy: SEED.engineerId });
    const tokens = await conflictingTokens(
      adapter,
      new UsersError('token_role_conflict', undefined, { tokens: [token!] }),
      3,
      2,
    );
    expect(tokens).to.deep.equal([token]);
    expect(adapter.callsOf('listApiTokens')).to.have.length(1);
  });
});
