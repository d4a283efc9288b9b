import { expect } from '@open-wc/testing';
import type { UsersAdapter } from '../../../src/adapters/users-adapter.js';
import { SEED } from '../../../src/adapters/memory/index.js';
import { UsersError, type ApiToken, type RoleId, type UsersErrorCode } from '../../../src/core/index.js';

/**
 * One behaviour, every adapter: the same suite runs against the MemoryAdapter and against the
 * GcoreIamAdapter talking HTTP to the reference server, so the widget can't tell them apart.
 */
export interface ContractHarness {
  /** Signed in as the seeded Administrator (SEED.adminId). */
  readonly adapter: UsersAdapter;
  /** The same account, signed in as another member. */
  as(userId: number): UsersAdapter;
  /** Adds a member, of unknown role when `role` is null (over HTTP: `groups: []`); resolves with its id. */
  addUser(fields: { email: string; name?: string; role: RoleId | null; activated?: boolean }): Promise<number>;
  /** Over HTTP a token of unknown role has `client_user.role: {}`. */
  addToken(fields: { issuerId: number; role: RoleId | null; name: string }): Promise<void>;
  setLatency(ms: number): Promise<void>;
  /**
   * The backend refuses the next user update as the Gcore API describes it: 403 without a body,
   * "The specified user has issued a token with a higher role". Absent: the backend has no such answer.
   */
  refuseNextUserUpdate?(): Promise<void>;
  /** From now on the backend can't resend invitations (a Gcore account API without the reseller endpoint). */
  stopResending?(): Promise<void>;
}

/** Each call gives a fresh account of 57 seeded members (SEED fixtures included). */
export type HarnessFactory = () => Promise<ContractHarness>;

export async function expectUsersError(promise: Promise<unknown>, code: UsersErrorCode): Promise<UsersError> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(UsersError);
    expect((error as UsersError).code, (error as UsersError).message).to.equal(code);
    return error as UsersError;
  }
  throw new Error(`expected a UsersError "${code}", but the call succeeded`);
}

const page = { offset: 0, limit: 10 } as const;
const allOf = { offset: 0, limit: 1000 } as const;

export function describeAdapterContract(name: string, createHarness: HarnessFactory): void {
  describe(`UsersAdapter contract: ${name}`, function () {
    this.timeout(20_000);
    let h: ContractHarness;
    beforeEach(async () => {
      h = await createHarness();
    });

    describe('session and listing', () => {
      it('tells who is signed in and their role', async () => {
        const session = await h.adapter.getSession();
        expect(session.user.id).to.equal(SEED.adminId);
        expect(session.user.email).to.equal('ada.lovelace@example.com');
        expect(session.role).to.equal(1);
        expect((await h.as(SEED.userId).getSession()).role).to.equal(2);
      });

      it('lists the first page in id order with the total, removed members left out', async () => {
        const result = await h.adapter.listUsers(page);
        expect(result.total).to.equal(57);
        expect(result.items.map((user) => user.id)).to.deep.equal([1, 2, 3, 4, 5, 7, 8, 9, 10, 11]);
        expect(result.items[0]).to.include({ name: 'Ada Lovelace', role: 1, activated: true, twoFa: true });
        expect(result.items[3]).to.include({ id: SEED.notActivatedId, activated: false });
        expect(result.items.every((user) => !user.deleted)).to.equal(true);
      });

      it('pages with offset and limit', async () => {
        const second = await h.adapter.listUsers({ offset: 10, limit: 10 });
        const all = await h.adapter.listUsers(allOf);
        expect(second.total).to.equal(57);
        expect(second.items.map((user) => user.id)).to.deep.equal(all.items.slice(10, 20).map((user) => user.id));
        const last = await h.adapter.listUsers({ offset: 50, limit: 10 });
        expect(last.items).to.have.length(7);
      });

      it('searches by ID, email and name', async () => {
        const byId = await h.adapter.listUsers({ ...allOf, search: '3' });
        expect(byId.items.map((user) => user.id)).to.include(3);
        const byEmail = await h.adapter.listUsers({ ...allOf, search: 'GRACE.hopper@' });
        expect(byEmail.items.map((user) => user.id)).to.deep.equal([2]);
        const byName = await h.adapter.listUsers({ ...allOf, search: 'lovelace' });
        expect(byName.items.map((user) => user.id)).to.deep.equal([1]);
        const none = await h.adapter.listUsers({ ...allOf, search: 'no-such-person' });
        expect(none).to.deep.equal({ items: [], total: 0 });
      });

      it('filters by role, language, status and two-factor authentication', async () => {
        const admins = await h.adapter.listUsers({ ...allOf, filters: { roles: [1] } });
        expect(admins.total).to.be.greaterThan(1);
        expect(admins.items.every((user) => user.role === 1)).to.equal(true);
        const german = await h.adapter.listUsers({ ...allOf, filters: { languages: ['de'] } });
        expect(german.items.every((user) => user.lang === 'de')).to.equal(true);
        expect(german.items.map((user) => user.id)).to.include(SEED.secondAdminId);
        const pending = await h.adapter.listUsers({ ...allOf, filters: { status: 'not_activated' } });
        expect(pending.items.every((user) => !user.activated)).to.equal(true);
        expect(pending.items.map((user) => user.id)).to.include(SEED.notActivatedId);
        const twoFa = await h.adapter.listUsers({ ...allOf, filters: { twoFa: true, roles: [1] } });
        expect(twoFa.items.every((user) => user.twoFa && user.role === 1)).to.equal(true);
        expect(twoFa.items.map((user) => user.id)).to.include(SEED.adminId);
      });

      it('sorts by a column in both directions', async () => {
        const asc = await h.adapter.listUsers({ ...allOf, sort: { field: 'email', direction: 'asc' } });
        const emails = asc.items.map((user) => user.email);
        expect(emails).to.deep.equal(
          [...emails].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
        );
        const desc = await h.adapter.listUsers({ ...allOf, sort: { field: 'email', direction: 'desc' } });
        expect(desc.items.map((user) => user.email)).to.deep.equal([...emails].reverse());
        const byRole = await h.adapter.listUsers({ ...page, sort: { field: 'role', direction: 'asc' } });
        expect(byRole.items[0]!.role).to.equal(1);
      });
    });

    describe('rows the backend can only partly give', () => {
      it('lists a member of unknown role with role null among the others, and names them in every answer', async () => {
        const id = await h.addUser({ email: 'no.role@example.net', name: 'No Role', role: null });
        const all = await h.adapter.listUsers(allOf);
        expect(all.total).to.equal(58);
        expect(all.items.find((user) => user.id === id)).to.include({ email: 'no.role@example.net', role: null });
        expect(all.items.filter((user) => user.role === null).map((user) => user.id)).to.deep.equal([id]);
        expect(all.problems?.map((problem) => problem.id)).to.deep.equal([id]);
        expect(all.problems![0]!.field).to.be.a('string').and.not.equal('');
        const first = await h.adapter.listUsers(page);
        expect(first.items.map((user) => user.id)).to.deep.equal([1, 2, 3, 4, 5, 7, 8, 9, 10, 11]);
        expect(first.problems?.map((problem) => problem.id)).to.deep.equal([id]);
      });

      it('sorts a member of unknown role after every known role, and no role filter finds them', async () => {
        const id = await h.addUser({ email: 'no.role@example.net', role: null });
        const byRole = await h.adapter.listUsers({ ...allOf, sort: { field: 'role', direction: 'asc' } });
        expect(byRole.items.at(-1)!.id).to.equal(id);
        const filtered = await h.adapter.listUsers({ ...allOf, filters: { roles: [1, 5, 3009, 3022, 2] } });
        expect(filtered.total).to.equal(57);
      });

      it('refuses to change the role of a member of unknown role, but removes them', async () => {
        const id = await h.addUser({ email: 'no.role@example.net', role: null });
        await expectUsersError(h.adapter.setUserRole(id, 5), 'forbidden');
        await h.adapter.removeUser(id);
        expect((await h.adapter.listUsers(page)).total).to.equal(57);
      });

      it('a signed-in member of unknown role has a session with role null', async () => {
        const id = await h.addUser({ email: 'no.role@example.net', role: null });
        const session = await h.as(id).getSession();
        expect(session.user.id).to.equal(id);
        expect(session.role).to.equal(null);
      });

      it('lists a token of unknown role with role null among the others', async () => {
        await h.addToken({ issuerId: SEED.userId, role: null, name: 'Mystery' });
        const tokens = await h.adapter.listApiTokens();
        const mystery = tokens.find((token) => token.name === 'Mystery')!;
        expect(mystery.role).to.equal(null);
        expect(tokens.filter((token) => token.role === null)).to.have.length(1);
        // An adapter whose answer can carry them names it (the token list reports the rest itself).
        if (tokens.problems) expect(tokens.problems.map((problem) => problem.id)).to.deep.equal([mystery.id]);
      });
    });

    describe('inviting', () => {
      it('creates an account for a new email and lists the user as not activated', async () => {
        const result = await h.adapter.inviteUser({
          email: 'jane.doe@example.net',
          name: 'Jane Doe',
          role: 5,
          lang: 'de',
        });
        expect(result.outcome).to.equal('created');
        expect(result.user).to.include({ email: 'jane.doe@example.net', name: 'Jane Doe', role: 5, lang: 'de' });
        expect(result.user.activated).to.equal(false);
        const listed = await h.adapter.listUsers({ ...allOf, search: 'jane.doe@example.net' });
        expect(listed.items.map((user) => user.id)).to.deep.equal([result.user.id]);
        expect((await h.adapter.listUsers(page)).total).to.equal(58);
      });

      it('grants access to an email that already has an account elsewhere', async () => {
        const result = await h.adapter.inviteUser({ email: SEED.externalEmail, role: 2 });
        expect(result.outcome).to.equal('existing');
        expect(result.user.email).to.equal(SEED.externalEmail);
      });

      it('refuses a second invitation of the same email, naming the user and the account', async () => {
        const error = await expectUsersError(
          h.adapter.inviteUser({ email: 'grace.hopper@example.com', role: 2 }),
          'already_invited',
        );
        expect(error.message).to.equal('User 2 has already been invited to client 42');
      });

      it('refuses an email that cannot be added', async () => {
        await expectUsersError(h.adapter.inviteUser({ email: SEED.uninvitableEmail, role: 2 }), 'cannot_add');
      });

      it('refuses an invalid email with a message on the email field', async () => {
        const error = await expectUsersError(h.adapter.inviteUser({ email: 'not-an-email', role: 2 }), 'validation');
        expect(error.fieldErrors?.email?.length).to.be.greaterThan(0);
      });

      it('allows five invitations a day per Administrator, then refuses', async () => {
        for (let n = 1; n <= 5; n += 1) {
          await h.adapter.inviteUser({ email: `daily${n}@example.net`, role: 2 });
        }
        await expectUsersError(h.adapter.inviteUser({ email: 'daily6@example.net', role: 2 }), 'rate_limited');
        const listed = await h.adapter.listUsers({ ...allOf, search: 'daily6@' });
        expect(listed.total).to.equal(0);
      });
    });

    describe('editing', () => {
      it('changes the name and language of the signed-in user', async () => {
        const user = await h.adapter.updateUser(SEED.adminId, { name: 'Ada King', lang: 'zh' });
        expect(user).to.include({ id: SEED.adminId, name: 'Ada King', lang: 'zh' });
        const listed = await h.adapter.listUsers({ ...allOf, search: 'ada king' });
        expect(listed.items[0]).to.include({ id: SEED.adminId, lang: 'zh' });
      });

      it("does not let an Administrator change another user's name", async () => {
        await expectUsersError(h.adapter.updateUser(SEED.userId, { name: 'Renamed' }), 'forbidden');
      });

      it('changes the role of another user', async () => {
        const user = await h.adapter.setUserRole(SEED.userId, 5);
        expect(user).to.include({ id: SEED.userId, role: 5 });
        const listed = await h.adapter.listUsers({ ...allOf, filters: { roles: [5] } });
        expect(listed.items.map((listedUser) => listedUser.id)).to.include(SEED.userId);
      });

      it('refuses a role below one of the user’s active tokens', async () => {
        const error = await expectUsersError(h.adapter.setUserRole(SEED.engineerId, 2), 'token_role_conflict');
        expect(error.message).to.equal(
          'The specified user has issued a token with a higher role. Try using another role.',
        );
        const listed = await h.adapter.listUsers({ ...allOf, search: 'linus.engineer' });
        expect(listed.items[0]!.role).to.equal(5);
      });

      it('reports a user update refused as the API describes it (403, no body) as token_role_conflict', async function (this: Mocha.Context) {
        if (!h.refuseNextUserUpdate) this.skip();
        await h.refuseNextUserUpdate!();
        await expectUsersError(h.adapter.updateUser(SEED.adminId, { name: 'Ada King' }), 'token_role_conflict');
      });

      it('refuses to demote yourself', async () => {
        await expectUsersError(h.adapter.setUserRole(SEED.adminId, 2), 'forbidden');
      });
    });

    describe('removing', () => {
      it('is blocked by active tokens, then allowed once they are deleted', async () => {
        const error = await expectUsersError(h.adapter.removeUser(SEED.engineerId), 'tokens_block_removal');
        expect(error.message).to.match(/^You can't remove the user as they have active tokens/);

        const tokens = await h.adapter.listApiTokens({ issuedBy: SEED.engineerId });
        const active = tokens.filter((token) => !token.deleted && !token.expired);
        expect(active.map((token) => token.name)).to.deep.equal(['CI deploy']);
        for (const token of active) await h.adapter.deleteApiToken(token.id);

        await h.adapter.removeUser(SEED.engineerId);
        const listed = await h.adapter.listUsers({ ...allOf, search: 'linus.engineer' });
        expect(listed.total).to.equal(0);
        expect((await h.adapter.listUsers(page)).total).to.equal(56);

        const after = await h.adapter.listApiTokens({ issuedBy: SEED.engineerId });
        expect(after).to.have.length(1);
        expect(after[0]!.deleted).to.equal(true);
        expect(after[0]!.issuer).to.deep.include({
          name: 'Linus Engineer',
          email: 'linus.engineer@example.com',
          deleted: true,
        });
      });

      it('keeps the issuer of a removed member’s tokens, flagged deleted', async () => {
        const tokens = await h.adapter.listApiTokens({ issuedBy: SEED.removedId });
        expect(tokens.length).to.be.greaterThan(0);
        expect(tokens.every((token: ApiToken) => token.issuer.deleted)).to.equal(true);
        expect(tokens[0]!.issuer.email).to.equal('former.colleague@example.com');
      });

      it('refuses to remove yourself', async () => {
        await expectUsersError(h.adapter.removeUser(SEED.adminId), 'forbidden');
      });

      it('removes a user without tokens', async () => {
        await h.adapter.removeUser(SEED.userId);
        expect((await h.adapter.listUsers({ ...allOf, search: 'viewer@example.com' })).total).to.equal(0);
      });
    });

    describe('resending invitations', () => {
      it('resends to a user who has not activated', async () => {
        await h.adapter.resendInvite(SEED.notActivatedId);
      });

      it('refuses for a user who has already activated, with the server’s message', async () => {
        const error = await expectUsersError(h.adapter.resendInvite(SEED.secondAdminId), 'validation');
        expect(error.message).to.equal('This user already activated.');
      });

      it('is unsupported where the backend can’t resend', async function (this: Mocha.Context) {
        if (!h.stopResending) this.skip();
        await h.stopResending!();
        await expectUsersError(h.adapter.resendInvite(SEED.notActivatedId), 'unsupported');
      });
    });

    describe('a non-admin session', () => {
      it('lists users but may not invite, remove, change roles or resend', async () => {
        const viewer = h.as(SEED.userId);
        expect((await viewer.listUsers(page)).total).to.equal(57);
        await expectUsersError(viewer.inviteUser({ email: 'sneaky@example.net', role: 1 }), 'forbidden');
        await expectUsersError(viewer.removeUser(SEED.notActivatedId), 'forbidden');
        await expectUsersError(viewer.setUserRole(SEED.userId, 1), 'forbidden');
        await expectUsersError(viewer.resendInvite(SEED.notActivatedId), 'forbidden');
        expect((await h.adapter.listUsers(page)).total).to.equal(57);
      });

      it('edits only their own name and language', async () => {
        const viewer = h.as(SEED.userId);
        const user = await viewer.updateUser(SEED.userId, { name: 'Victor V.', lang: 'de' });
        expect(user).to.include({ name: 'Victor V.', lang: 'de' });
        await expectUsersError(viewer.updateUser(SEED.adminId, { name: 'Hacked' }), 'forbidden');
      });

      it('sees only the tokens they issued', async () => {
        await h.addToken({ issuerId: SEED.userId, role: 2, name: 'My script' });
        const tokens = await h.as(SEED.userId).listApiTokens();
        expect(tokens.map((token) => token.name)).to.deep.equal(['My script']);
        expect((await h.adapter.listApiTokens()).length).to.be.greaterThan(1);
      });
    });

    describe('aborting', () => {
      it('rejects with "aborted" when the signal is already aborted', async () => {
        const controller = new AbortController();
        controller.abort();
        await expectUsersError(h.adapter.listUsers(page, controller.signal), 'aborted');
      });

      it('rejects with "aborted" when aborted in flight, and a mutation aborted in flight is not applied', async () => {
        await h.setLatency(300);
        const controller = new AbortController();
        const pending = h.adapter.listUsers(page, controller.signal);
        setTimeout(() => controller.abort(), 30);
        await expectUsersError(pending, 'aborted');

        const inviting = new AbortController();
        const invite = h.adapter.inviteUser({ email: 'aborted@example.net', role: 2 }, inviting.signal);
        setTimeout(() => inviting.abort(), 30);
        await expectUsersError(invite, 'aborted');
        await h.setLatency(0);
        // Over HTTP the server may already hold the request; in memory it must not have happened.
        expect(await h.adapter.listUsers({ ...allOf, search: 'aborted@' }))
          .to.have.property('total')
          .that.is.at.most(1);
      });
    });
  });
}
