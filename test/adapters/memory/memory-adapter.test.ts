import { expect } from '@open-wc/testing';
import { MemoryAdapter, MemoryBackend, SEED } from '../../../src/adapters/memory/index.js';
import { expectUsersError } from '../contract/adapter-contract.js';

describe('MemoryAdapter', () => {
  describe('seed', () => {
    it('is deterministic for a seed and differs between seeds', async () => {
      const first = await new MemoryAdapter({ seed: 7 }).listUsers({ offset: 0, limit: 57 });
      const again = await new MemoryAdapter({ seed: 7 }).listUsers({ offset: 0, limit: 57 });
      const other = await new MemoryAdapter({ seed: 8 }).listUsers({ offset: 0, limit: 57 });
      expect(again.items).to.deep.equal(first.items);
      expect(other.items.map((user) => user.email)).not.to.deep.equal(first.items.map((user) => user.email));
    });

    it('holds 100,000 users, with tokens, and answers a search over all of them', async () => {
      const adapter = new MemoryAdapter({ userCount: 100_000 });
      const all = await adapter.listUsers({ offset: 0, limit: 10 });
      expect(all.total).to.equal(100_000);
      expect(all.items).to.have.length(10);
      const last = await adapter.listUsers({ offset: 99_990, limit: 10 });
      expect(last.items).to.have.length(10);
      const search = await adapter.listUsers({ offset: 0, limit: 10, search: '99999' });
      expect(search.items.map((user) => user.id)).to.include(99_999);
      expect((await adapter.listApiTokens()).length).to.be.greaterThan(1000);
    });
  });

  describe('fault injection', () => {
    it('fails the next call of any method once, then works again', async () => {
      const adapter = new MemoryAdapter();
      adapter.failNext('network');
      await expectUsersError(adapter.getSession(), 'network');
      expect((await adapter.getSession()).user.id).to.equal(SEED.adminId);
    });

    it('fails the next call of one method with a message and field errors', async () => {
      const adapter = new MemoryAdapter();
      adapter.failNext('validation', {
        method: 'inviteUser',
        message: 'Enter a valid email address.',
        fieldErrors: { email: ['Enter a valid email address.'] },
      });
      await adapter.listUsers({ offset: 0, limit: 1 });
      const error = await expectUsersError(adapter.inviteUser({ email: 'a@example.net', role: 2 }), 'validation');
      expect(error.serverMessage).to.equal('Enter a valid email address.');
      expect(error.fieldErrors).to.deep.equal({ email: ['Enter a valid email address.'] });
      expect((await adapter.listUsers({ offset: 0, limit: 1, search: 'a@example.net' })).total).to.equal(0);
    });

    it('fails every call of one method until cleared', async () => {
      const adapter = new MemoryAdapter();
      adapter.failAlways('listUsers', 'server_error');
      await expectUsersError(adapter.listUsers({ offset: 0, limit: 1 }), 'server_error');
      await expectUsersError(adapter.listUsers({ offset: 0, limit: 1 }), 'server_error');
      expect((await adapter.getSession()).role).to.equal(1);
      adapter.clearFaults();
      expect((await adapter.listUsers({ offset: 0, limit: 1 })).total).to.equal(57);
    });
  });

  describe('latency and the call log', () => {
    it('waits the configured latency and records every call with its arguments', async () => {
      const adapter = new MemoryAdapter({ latencyMs: 120 });
      const started = performance.now();
      await adapter.inviteUser({ email: 'late@example.net', role: 2 });
      expect(performance.now() - started).to.be.at.least(110);
      expect(adapter.callsOf('inviteUser')).to.deep.equal([
        { method: 'inviteUser', args: [{ email: 'late@example.net', role: 2 }] },
      ]);
    });
  });

  describe('the backend', () => {
    it('sends a create-password email to a new user and a notification to an existing account', async () => {
      const backend = new MemoryBackend();
      const adapter = new MemoryAdapter({ backend });
      await adapter.inviteUser({ email: 'fresh@example.net', role: 2 });
      await adapter.inviteUser({ email: SEED.externalEmail, role: 2 });
      await adapter.resendInvite(SEED.notActivatedId);
      expect(backend.sentEmails).to.deep.equal([
        { to: 'fresh@example.net', kind: 'create-password' },
        { to: SEED.externalEmail, kind: 'access-granted' },
        { to: 'new.hire@example.com', kind: 'invitation-resent' },
      ]);
    });

    it('counts the daily invitation limit per Administrator and per day', async () => {
      let now = new Date('2026-11-27T10:00:00Z');
      const backend = new MemoryBackend({ now: () => now });
      const ada = new MemoryAdapter({ backend });
      const grace = new MemoryAdapter({ backend, signedInAs: SEED.secondAdminId });
      for (let n = 0; n < 5; n += 1) await ada.inviteUser({ email: `ada${n}@example.net`, role: 2 });
      await expectUsersError(ada.inviteUser({ email: 'ada5@example.net', role: 2 }), 'rate_limited');
      await grace.inviteUser({ email: 'grace0@example.net', role: 2 });
      now = new Date('2026-11-28T00:00:01Z');
      await ada.inviteUser({ email: 'ada5@example.net', role: 2 });
    });

    it('refuses self-demotion and self-removal with a message saying why', async () => {
      const adapter = new MemoryAdapter();
      const demotion = await expectUsersError(adapter.setUserRole(SEED.adminId, 5), 'forbidden');
      expect(demotion.message).to.equal("You can't do this to your own user.");
      const removal = await expectUsersError(adapter.removeUser(SEED.adminId), 'forbidden');
      expect(removal.message).to.equal("You can't do this to your own user.");
      expect((await adapter.getSession()).role).to.equal(1);
    });

    it('treats an expired token as not blocking a removal', async () => {
      let now = new Date('2026-11-27T10:00:00Z');
      const backend = new MemoryBackend({ now: () => now });
      const adapter = new MemoryAdapter({ backend });
      backend.addApiToken({ issuerId: SEED.userId, role: 2, expDate: '2026-11-30T00:00:00Z' });
      await expectUsersError(adapter.removeUser(SEED.userId), 'tokens_block_removal');
      now = new Date('2026-12-01T00:00:00Z');
      await adapter.removeUser(SEED.userId);
    });

    it('re-invites a removed member as an existing account with the same id', async () => {
      const adapter = new MemoryAdapter();
      await adapter.removeUser(SEED.userId);
      const result = await adapter.inviteUser({ email: 'viewer@example.com', role: 5 });
      expect(result).to.deep.include({ outcome: 'existing' });
      expect(result.user).to.include({ id: SEED.userId, role: 5 });
    });
  });
});
