import { expect } from '@open-wc/testing';
import { adapterFor, empty, failure, FakeIam, hang, json, later, tick, wireUser } from './fake-iam.js';

const LIST = 'GET /iam/users';
const ALL = { offset: 0, limit: 100 };

describe('GcoreIamAdapter user list cache', () => {
  it('answers search, filters, sort and paging from one request, hiding deleted users', async () => {
    const iam = new FakeIam().on(
      LIST,
      json({
        count: 5,
        results: [
          wireUser(1, { email: 'ada@example.com', name: 'Ada', groups: [{ id: 1, name: 'Administrators' }] }),
          wireUser(2, { email: 'bob@example.com', name: 'Bob', lang: 'de', activated: false }),
          wireUser(3, { email: 'cy@example.com', name: 'Cy', lang: 'de', two_fa: true }),
          wireUser(4, { email: 'gone@example.com', name: 'Gone', deleted: true }),
          wireUser(25, { email: 'dee@example.com', name: null, groups: [{ id: 5, name: 'Engineers' }] }),
        ],
      }),
    );
    const adapter = adapterFor(iam);
    const ids = async (query: Parameters<typeof adapter.listUsers>[0]) => {
      const page = await adapter.listUsers(query);
      return { ids: page.items.map((user) => user.id), total: page.total };
    };

    expect(await ids(ALL)).to.deep.equal({ ids: [1, 2, 3, 25], total: 4 });
    expect(await ids({ offset: 1, limit: 2 })).to.deep.equal({ ids: [2, 3], total: 4 });
    expect(await ids({ ...ALL, search: 'BOB' })).to.deep.equal({ ids: [2], total: 1 });
    expect(await ids({ ...ALL, search: '2' })).to.deep.equal({ ids: [2, 25], total: 2 });
    expect(await ids({ ...ALL, search: 'gone' })).to.deep.equal({ ids: [], total: 0 });
    expect(await ids({ ...ALL, filters: { languages: ['de'] } })).to.deep.equal({ ids: [2, 3], total: 2 });
    expect(await ids({ ...ALL, filters: { status: 'not_activated' } })).to.deep.equal({ ids: [2], total: 1 });
    expect(await ids({ ...ALL, filters: { twoFa: true } })).to.deep.equal({ ids: [3], total: 1 });
    expect(await ids({ ...ALL, filters: { roles: [1, 5] } })).to.deep.equal({ ids: [1, 25], total: 2 });
    expect(await ids({ ...ALL, sort: { field: 'email', direction: 'desc' } })).to.deep.equal({
      ids: [25, 3, 2, 1],
      total: 4,
    });
    expect(iam.count(LIST)).to.equal(1);
  });

  it('shares one in-flight request between concurrent callers', async () => {
    const iam = new FakeIam().on(
      LIST,
      later(20, () => json([wireUser(1), wireUser(2)])),
    );
    const adapter = adapterFor(iam);
    const [a, b, c] = await Promise.all([
      adapter.listUsers({ offset: 0, limit: 1 }),
      adapter.listUsers({ offset: 1, limit: 1 }),
      adapter.listUsers({ ...ALL, search: 'user2' }),
    ]);
    expect(iam.count(LIST)).to.equal(1);
    expect([a.items[0]!.id, b.items[0]!.id, c.items[0]!.id]).to.deep.equal([1, 2, 2]);
  });

  it('rejects an aborting waiter at once and keeps the shared request for the others', async () => {
    const iam = new FakeIam().on(
      LIST,
      later(30, () => json([wireUser(1)])),
    );
    const adapter = adapterFor(iam);
    const leaving = new AbortController();
    const first = adapter.listUsers(ALL, leaving.signal);
    const second = adapter.listUsers(ALL, new AbortController().signal);
    await tick();
    leaving.abort();
    await failure(first, 'aborted');
    expect(iam.last.signal?.aborted).to.equal(false);
    expect((await second).total).to.equal(1);
    expect(iam.count(LIST)).to.equal(1);
  });

  it('aborts the shared request only when every waiter has aborted, and starts afresh after', async () => {
    const iam = new FakeIam().on(LIST, hang, json([wireUser(1)]));
    const adapter = adapterFor(iam);
    const one = new AbortController();
    const two = new AbortController();
    const first = adapter.listUsers(ALL, one.signal);
    const second = adapter.listUsers(ALL, two.signal);
    await tick();
    one.abort();
    await failure(first, 'aborted');
    expect(iam.requests[0]!.signal?.aborted).to.equal(false);
    two.abort();
    await failure(second, 'aborted');
    expect(iam.requests[0]!.signal?.aborted).to.equal(true);

    expect((await adapter.listUsers(ALL)).total).to.equal(1);
    expect(iam.count(LIST)).to.equal(2);
  });

  it('keeps no cache after a failed fetch', async () => {
    const iam = new FakeIam().on(LIST, json({ message: 'down' }, 503), json([wireUser(1)]));
    const adapter = adapterFor(iam);
    await failure(adapter.listUsers(ALL), 'server_error');
    expect((await adapter.listUsers(ALL)).total).to.equal(1);
    expect(iam.count(LIST)).to.equal(2);
  });

  it('refetches once the cache is older than cacheMaxAgeMs', async () => {
    const iam = new FakeIam().on(LIST, json([wireUser(1)]), json([wireUser(1), wireUser(2)]));
    const adapter = adapterFor(iam, { cacheMaxAgeMs: 30 });
    expect((await adapter.listUsers(ALL)).total).to.equal(1);
    expect((await adapter.listUsers(ALL)).total).to.equal(1);
    await tick(50);
    expect((await adapter.listUsers(ALL)).total).to.equal(2);
    expect(iam.count(LIST)).to.equal(2);
  });

  for (const [name, route, response, run] of [
    [
      'updateUser',
      'PATCH /iam/users/1',
      () => json(wireUser(1, { name: 'New' })),
      (a: Adapter) => a.updateUser(1, { name: 'New' }),
    ],
    ['removeUser', 'DELETE /iam/clients/42/client-users/1', () => empty(200), (a: Adapter) => a.removeUser(1)],
  ] as const) {
    it(`refetches the list after a successful ${name}`, async () => {
      const iam = new FakeIam()
        .on(LIST, json([wireUser(1, { name: 'Old' })]), json([wireUser(1, { name: 'New' })]))
        .on(route, response());
      const adapter = adapterFor(iam);
      await adapter.listUsers(ALL);
      await run(adapter);
      const page = await adapter.listUsers(ALL);
      expect(page.items[0]!.name).to.equal('New');
      expect(iam.count(LIST)).to.equal(2);
    });
  }

  it('keeps the cache after a failed mutation', async () => {
    const iam = new FakeIam()
      .on(LIST, json([wireUser(1)]))
      .on(
        'DELETE /iam/clients/42/client-users/1',
        json({ message: "You can't remove the user as they have active tokens" }, 403),
      );
    const adapter = adapterFor(iam);
    await adapter.listUsers(ALL);
    await failure(adapter.removeUser(1), 'tokens_block_removal');
    await adapter.listUsers(ALL);
    expect(iam.count(LIST)).to.equal(1);
  });

  it('does not cache a list fetched across a mutation', async () => {
    const iam = new FakeIam()
      .on(
        LIST,
        later(30, () => json([wireUser(1), wireUser(2)])),
        json([wireUser(1)]),
      )
      .on('DELETE /iam/clients/42/client-users/2', empty(200));
    const adapter = adapterFor(iam);
    const before = adapter.listUsers(ALL);
    await adapter.removeUser(2);
    expect((await before).total).to.equal(2);
    expect((await adapter.listUsers(ALL)).total).to.equal(1);
    expect(iam.count(LIST)).to.equal(2);
  });

  it('setUserRole answers with the role asked for when the refresh fails but the user was cached', async () => {
    const iam = new FakeIam()
      .on(LIST, json([wireUser(8)]), json({ message: 'down' }, 503))
      .on('PUT /iam/clients/42/client-users/8', empty(204));
    const adapter = adapterFor(iam);
    await adapter.listUsers(ALL);
    const user = await adapter.setUserRole(8, 5);
    expect(user.id).to.equal(8);
    expect(user.role).to.equal(5);
  });
});

type Adapter = ReturnType<typeof adapterFor>;

describe('GcoreIamAdapter invite outcome', () => {
  const INVITE = { email: 'who@example.com', name: 'Who', role: 5, lang: 'de' } as const;

  it('an invitee whose record shows them activated had an account → existing', async () => {
    const iam = new FakeIam()
      .on(LIST, json([wireUser(1)]), json([wireUser(1), wireUser(50, { email: 'who@example.com', activated: true })]))
      .on('POST /iam/clients/invite_user', json({ status: 'sent', user_id: 50 }))
      .on('GET /iam/users/50', json(wireUser(50, { email: 'who@example.com', activated: true })));
    const adapter = adapterFor(iam);
    await adapter.listUsers(ALL);
    const result = await adapter.inviteUser(INVITE);
    expect(result.outcome).to.equal('existing');
    expect(result.user.activated).to.equal(true);
    expect((await adapter.listUsers(ALL)).total).to.equal(2);
    expect(iam.count(LIST)).to.equal(2);
  });

  it('an invitee whose record shows them not activated is a new account → created', async () => {
    const iam = new FakeIam()
      .on('POST /iam/clients/invite_user', json({ status: 'sent', user_id: 50 }))
      .on('GET /iam/users/50', json(wireUser(50, { activated: false })));
    const result = await adapterFor(iam).inviteUser(INVITE);
    expect(result.outcome).to.equal('created');
    expect(result.user.id).to.equal(50);
  });

  it('an invitee whose record can’t be read is built from the input → created', async () => {
    const iam = new FakeIam()
      .on('POST /iam/clients/invite_user', json({ status: 'sent', user_id: 77 }))
      .on('GET /iam/users/77', json({ message: 'User not found.' }, 404));
    const result = await adapterFor(iam).inviteUser(INVITE);
    expect(result).to.deep.equal({
      outcome: 'created',
      user: {
        id: 77,
        email: 'who@example.com',
        name: 'Who',
        lang: 'de',
        role: 5,
        activated: false,
        twoFa: false,
        deleted: false,
      },
    });
  });

  it('a failing refresh after a successful invite still reports the invite', async () => {
    const iam = new FakeIam()
      .on(LIST, json({ message: 'down' }, 503))
      .on('POST /iam/clients/invite_user', json({ status: 'sent', user_id: 77 }));
    const result = await adapterFor(iam).inviteUser(INVITE);
    expect(result.outcome).to.equal('created');
    expect(result.user.id).to.equal(77);
  });
});
