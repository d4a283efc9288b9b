import { expect } from '@open-wc/testing';
import { GcoreIamAdapter } from '../../../src/adapters/gcore/index.js';
import {
  accountDetails,
  adapterFor,
  AUTH,
  BASE_URL,
  empty,
  failure,
  FakeIam,
  json,
  text,
  wireToken,
  wireUser,
} from './fake-iam.js';

describe('GcoreIamAdapter requests', () => {
  describe('getSession', () => {
    it('reads currentUser from GET /iam/clients/me, then GETs that user, with the Authorization from auth()', async () => {
      const iam = new FakeIam().signedInAs(
        wireUser(7, { groups: [{ id: 1, name: 'Administrators' }], two_fa: true, lang: 'de' }),
      );
      const session = await adapterFor(iam).getSession();

      expect(iam.requests.map((request) => `${request.method} ${request.url}`)).to.deep.equal([
        `GET ${BASE_URL}/iam/clients/me`,
        `GET ${BASE_URL}/iam/users/7`,
      ]);
      for (const request of iam.requests) {
        expect(request.headers.get('Authorization')).to.equal(AUTH);
        expect(request.body).to.equal(undefined);
      }
      expect(iam.last.headers.get('Accept')).to.equal('application/json');
      expect(session.role).to.equal(1);
      expect(session.user).to.deep.equal({
        id: 7,
        email: 'user7@example.com',
        name: 'User 7',
        lang: 'de',
        role: 1,
        activated: true,
        twoFa: true,
        deleted: false,
        phone: null,
        company: 'Example Ltd',
        ssoAuth: false,
      });
    });

    it('reads only id and currentUser of the account details, whatever else they hold, wherever they are', async () => {
      const users = Array.from({ length: 300 }, (_, index) => wireUser(index + 1, { name: `Name "${index}" {[` }));
      // The two fields last, after every user and a nested object with fields of the same names.
      const { currentUser, id, ...rest } = accountDetails(7);
      const details = { ...rest, users, nested: { currentUser: 99, id: 1 }, currentUser, id };
      const iam = new FakeIam()
        .on('GET /iam/clients/me', text(JSON.stringify(details), 200, 'application/json'))
        .on('GET /iam/users/7', json(wireUser(7)));
      expect((await adapterFor(iam).getSession()).user.id).to.equal(7);
    });

    it('shares one read between callers asking at the same time, and reads afresh once it settled', async () => {
      const iam = new FakeIam().signedInAs(wireUser(7));
      const adapter = adapterFor(iam);
      const leaving = new AbortController();
      const [first, second] = [adapter.getSession(), adapter.getSession(leaving.signal)];
      leaving.abort();
      await failure(second, 'aborted');
      expect((await first).user.id).to.equal(7);
      expect(iam.count('GET /iam/clients/me')).to.equal(1);
      await adapter.getSession();
      expect(iam.count('GET /iam/clients/me')).to.equal(2);
    });

    it('refuses credentials of another account than clientId, before asking for the user', async () => {
      const iam = new FakeIam().signedInAs(wireUser(7), 43);
      const error = await failure(adapterFor(iam).getSession(), 'forbidden');
      expect(error.message).to.contain('account 43');
      expect(iam.count('GET /iam/users/7')).to.equal(0);
    });

    it('is a user of unknown role (null) when their groups name no known role', async () => {
      const iam = new FakeIam().signedInAs(wireUser(7, { groups: [] }));
      const session = await adapterFor(iam).getSession();
      expect(session.role).to.equal(null);
      expect(session.user.role).to.equal(null);
    });

    it('takes the highest of several groups as the role, and resolves a group given only by name', async () => {
      const iam = new FakeIam()
        .signedInAs(wireUser(7, { groups: [{ id: 2, name: 'Users' }, { name: 'Engineers' }] }))
        .on('GET /iam/users', json([wireUser(8, { groups: [{ id: 999, name: 'Mystery' }, { id: 3022 }] })]));
      const adapter = adapterFor(iam);
      expect((await adapter.getSession()).role).to.equal(5);
      expect((await adapter.listUsers({ offset: 0, limit: 10 })).items[0]!.role).to.equal(3022);
    });

    it('calls auth() for every request, so a refreshed token is used at once', async () => {
      let token = 'Bearer first';
      const iam = new FakeIam().signedInAs(wireUser(7));
      const adapter = adapterFor(iam, { auth: async () => token });
      await adapter.getSession();
      token = 'Bearer second';
      await adapter.getSession();
      expect(iam.requests.map((request) => request.headers.get('Authorization'))).to.deep.equal([
        'Bearer first',
        'Bearer first',
        'Bearer second',
        'Bearer second',
      ]);
    });
  });

  describe('listUsers', () => {
    it('GETs /iam/users in pages (limit, offset) and accepts a PaginatedUsersArray', async () => {
      const iam = new FakeIam().on(
        'GET /iam/users',
        json({ count: 3, results: [wireUser(3), wireUser(1, { two_fa: true }), wireUser(2, { activated: false })] }),
      );
      const page = await adapterFor(iam).listUsers({ offset: 0, limit: 10 });

      expect(iam.last.url).to.equal(`${BASE_URL}/iam/users?limit=1000&offset=0`);
      expect(page.total).to.equal(3);
      expect(page.items.map((user) => [user.id, user.activated, user.twoFa])).to.deep.equal([
        [1, true, true],
        [2, false, false],
        [3, true, false],
      ]);
    });

    it('accepts a bare array', async () => {
      const iam = new FakeIam().on('GET /iam/users', json([wireUser(5), wireUser(4)]));
      const page = await adapterFor(iam).listUsers({ offset: 0, limit: 10 });
      expect(page.items.map((user) => user.id)).to.deep.equal([4, 5]);
    });

    it('builds URLs from a relative base URL with a trailing slash', async () => {
      const iam = new FakeIam();
      let url = '';
      const adapter = new GcoreIamAdapter({
        baseUrl: '/api/',
        clientId: 42,
        auth: () => AUTH,
        fetch: async (input, init) => {
          url = input;
          return iam.fetch(input.replace(/^\/api/, BASE_URL), init);
        },
      });
      await failure(adapter.listUsers({ offset: 0, limit: 10 }));
      expect(url).to.equal('/api/iam/users?limit=1000&offset=0');
    });
  });

  describe('inviteUser', () => {
    it('POSTs the invitation with client_id and the role as {id, name}, then reads the user from the list', async () => {
      const iam = new FakeIam()
        .on('POST /iam/clients/invite_user', json({ status: 'sent', user_id: 19449 }))
        .on('GET /iam/users', json([wireUser(19449, { email: 'new@example.com', activated: false, lang: 'zh' })]));
      const result = await adapterFor(iam).inviteUser({
        email: 'new@example.com',
        name: 'Jane Doe',
        role: 3009,
        lang: 'zh',
      });

      const invite = iam.requests[0]!;
      expect(invite.method).to.equal('POST');
      expect(invite.url).to.equal(`${BASE_URL}/iam/clients/invite_user`);
      expect(invite.headers.get('Content-Type')).to.equal('application/json');
      expect(invite.headers.get('Authorization')).to.equal(AUTH);
      expect(invite.body).to.deep.equal({
        client_id: 42,
        email: 'new@example.com',
        user_role: { id: 3009, name: 'Purge and Prefetch only (API+Web)' },
        lang: 'zh',
        name: 'Jane Doe',
      });
      expect(result.user.id).to.equal(19449);
      expect(result.user.lang).to.equal('zh');
    });

    it('leaves out name and lang when not given', async () => {
      const iam = new FakeIam()
        .on('POST /iam/clients/invite_user', json({ status: 'sent', user_id: 9 }))
        .on('GET /iam/users', json([wireUser(9)]));
      await adapterFor(iam).inviteUser({ email: 'x@example.com', role: 2 });
      expect(iam.requests[0]!.body).to.deep.equal({
        client_id: 42,
        email: 'x@example.com',
        user_role: { id: 2, name: 'Users' },
      });
    });
  });

  describe('updateUser', () => {
    it('PATCHes only the given fields and maps the returned user', async () => {
      const iam = new FakeIam().on('PATCH /iam/users/7', json(wireUser(7, { name: 'Renamed', lang: 'ru' })));
      const user = await adapterFor(iam).updateUser(7, { name: 'Renamed', lang: 'ru' });
      expect(iam.last.method).to.equal('PATCH');
      expect(iam.last.body).to.deep.equal({ name: 'Renamed', lang: 'ru' });
      expect(iam.last.headers.get('Content-Type')).to.equal('application/json');
      expect(user.name).to.equal('Renamed');
      expect(user.lang).to.equal('ru');
    });

    it('sends a null name to clear it, and nothing else', async () => {
      const iam = new FakeIam().on('PATCH /iam/users/7', json(wireUser(7, { name: null })));
      const user = await adapterFor(iam).updateUser(7, { name: null });
      expect(iam.last.body).to.deep.equal({ name: null });
      expect(user.name).to.equal(null);
    });
  });

  describe('setUserRole', () => {
    it('PUTs {user_role} to the client-users endpoint and returns the user, without reading the whole list again', async () => {
      const iam = new FakeIam()
        .on('PUT /iam/clients/42/client-users/8', empty(204))
        .on('GET /iam/users/8', json(wireUser(8, { groups: [{ id: 5, name: 'Engineers' }] })));
      const user = await adapterFor(iam).setUserRole(8, 5);
      expect(iam.count('GET /iam/users'), 'no list read per change').to.equal(0);
      const put = iam.requests[0]!;
      expect(put.method).to.equal('PUT');
      expect(put.url).to.equal(`${BASE_URL}/iam/clients/42/client-users/8`);
      expect(put.body).to.deep.equal({ user_role: { id: 5, name: 'Engineers' } });
      expect(user.id).to.equal(8);
      expect(user.role).to.equal(5);
    });

    it('reports the accepted change when the refreshed list lacks the user, with the user as last listed', async () => {
      const iam = new FakeIam()
        .on('GET /iam/users', json([wireUser(8, { email: 'eight@example.com' })]), json([wireUser(9)]))
        .on('PUT /iam/clients/42/client-users/8', empty(204));
      const adapter = adapterFor(iam);
      await adapter.listUsers({ offset: 0, limit: 10 });
      const user = await adapter.setUserRole(8, 5);
      expect(user).to.include({ id: 8, email: 'eight@example.com', role: 5 });
      expect(iam.count('GET /iam/users/8')).to.equal(0);
    });

    it('reports the accepted change of a user never listed with the user from GET /iam/users/{id}', async () => {
      const iam = new FakeIam()
        .on('PUT /iam/clients/42/client-users/8', empty(204))
        .on('GET /iam/users', json([wireUser(9)]))
        .on('GET /iam/users/8', json(wireUser(8, { email: 'eight@example.com' })));
      const user = await adapterFor(iam).setUserRole(8, 5);
      expect(user).to.include({ id: 8, email: 'eight@example.com', role: 5 });
    });

    it('reports the accepted change with the role asked for, even when the user’s record still shows the old one', async () => {
      const iam = new FakeIam()
        .on('PUT /iam/clients/42/client-users/8', empty(204))
        .on('GET /iam/users/8', json(wireUser(8, { groups: [{ id: 2, name: 'Users' }] })));
      expect((await adapterFor(iam).setUserRole(8, 5)).role).to.equal(5);
    });

    it('after the 204, rejects only with what the server said when nothing knows the user', async () => {
      const iam = new FakeIam()
        .on('PUT /iam/clients/42/client-users/8', empty(204))
        .on('GET /iam/users', json([wireUser(9)]))
        .on('GET /iam/users/8', json({ message: 'User not found.' }, 404));
      const error = await failure(adapterFor(iam).setUserRole(8, 5), 'not_found');
      expect(error.serverMessage).to.equal('User not found.');
    });
  });

  describe('removeUser', () => {
    for (const [label, response] of [
      ['a text body', () => text("The user's access has been successfully revoked.")],
      ['a JSON body', () => json({ message: 'ok' })],
      ['an empty body', () => empty(200)],
      ['204', () => empty(204)],
    ] as const) {
      it(`DELETEs the client-user and succeeds on 200 with ${label}`, async () => {
        const iam = new FakeIam().on('DELETE /iam/clients/42/client-users/8', response());
        expect(await adapterFor(iam).removeUser(8)).to.equal(undefined);
        expect(iam.last.method).to.equal('DELETE');
        expect(iam.last.url).to.equal(`${BASE_URL}/iam/clients/42/client-users/8`);
        expect(iam.last.headers.get('Authorization')).to.equal(AUTH);
        expect(iam.last.body).to.equal(undefined);
      });
    }
  });

  describe('resendInvite', () => {
    it('POSTs the email of the listed user to renew_invitation', async () => {
      const iam = new FakeIam()
        .on('GET /iam/users', json([wireUser(8, { email: 'late@example.com', activated: false })]))
        .on('POST /iam/auth/renew_invitation', empty(200));
      await adapterFor(iam).resendInvite(8);
      expect(iam.last.url).to.equal(`${BASE_URL}/iam/auth/renew_invitation`);
      expect(iam.last.body).to.deep.equal({ email: 'late@example.com' });
    });

    it('uses the cached list when it knows the user', async () => {
      const iam = new FakeIam()
        .on('GET /iam/users', json([wireUser(8)]))
        .on('POST /iam/auth/renew_invitation', json({ status: 'sent' }));
      const adapter = adapterFor(iam);
      await adapter.listUsers({ offset: 0, limit: 10 });
      await adapter.resendInvite(8);
      expect(iam.count('GET /iam/users')).to.equal(1);
    });

    it('fails with not_found for an unknown id, refreshing the list first, without posting', async () => {
      const iam = new FakeIam().on('GET /iam/users', json([wireUser(8)]), json([wireUser(8)]));
      const adapter = adapterFor(iam);
      await adapter.listUsers({ offset: 0, limit: 10 });
      await failure(adapter.resendInvite(99), 'not_found');
      expect(iam.count('GET /iam/users')).to.equal(2);
      expect(iam.count('POST /iam/auth/renew_invitation')).to.equal(0);
    });
  });

  describe('listApiTokens', () => {
    it('GETs the v2 token list and maps every token, deleted and expired ones included', async () => {
      const iam = new FakeIam().on(
        'GET /iam/v2/clients/42/tokens',
        json([
          wireToken(1),
          wireToken(2, {
            deleted: true,
            expired: true,
            description: undefined,
            exp_date: null,
            last_usage: null,
            client_user: {
              deleted: true,
              user_id: 9,
              user_name: 'Gone Person',
              user_email: 'gone@example.com',
              client_id: 42,
              role: { id: 2, name: 'Users' },
            },
          }),
        ]),
      );
      const tokens = await adapterFor(iam).listApiTokens();
      expect(iam.last.url).to.equal(`${BASE_URL}/iam/v2/clients/42/tokens`);
      expect(tokens).to.deep.equal([
        {
          id: 1,
          name: 'Token 1',
          description: 'CI deploys',
          role: 5,
          expDate: '2027-01-01T12:00:00.000000Z',
          created: '2026-01-01T12:00:00.000000Z',
          lastUsage: '2026-02-01T12:00:00.000000Z',
          deleted: false,
          expired: false,
          issuer: { userId: 7, name: 'Ada Admin', email: 'ada@example.com', deleted: false },
        },
        {
          id: 2,
          name: 'Token 2',
          description: null,
          role: 2,
          expDate: null,
          created: '2026-01-01T12:00:00.000000Z',
          lastUsage: null,
          deleted: true,
          expired: true,
          issuer: { userId: 9, name: 'Gone Person', email: 'gone@example.com', deleted: true },
        },
      ]);
    });

    it('adds issued_by when asked for one issuer', async () => {
      const iam = new FakeIam().on('GET /iam/v2/clients/42/tokens?issued_by=7', json([]));
      expect(await adapterFor(iam).listApiTokens({ issuedBy: 7 })).to.deep.equal([]);
      expect(iam.last.url).to.equal(`${BASE_URL}/iam/v2/clients/42/tokens?issued_by=7`);
    });
  });

  describe('deleteApiToken', () => {
    it('DELETEs the v2 token and succeeds on 204', async () => {
      const iam = new FakeIam().on('DELETE /iam/v2/clients/42/tokens/31', empty(204));
      expect(await adapterFor(iam).deleteApiToken(31)).to.equal(undefined);
      expect(iam.last.method).to.equal('DELETE');
      expect(iam.last.headers.get('Authorization')).to.equal(AUTH);
    });
  });
});
