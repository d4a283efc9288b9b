import { expect } from '@open-wc/testing';
import { ADMIN, PLAIN_USER, REMOVED, body, freshInstance, jsonBody, type Instance } from './helpers.js';

/** `ClientBase`'s required fields (gcore-iam-api.yaml), all of which the reference server sends. */
const CLIENT_BASE_REQUIRED = [
  'id',
  'email',
  'name',
  'status',
  'companyName',
  'deleted',
  'is_test',
  'has_active_admin',
  'currentUser',
  'capabilities',
  'serviceStatuses',
  'paidFeatures',
  'freeFeatures',
  'entryBaseDomain',
  'bill_type',
];

type Page = {
  count: number;
  next?: string;
  previous?: string;
  results: Array<{ id: number } & Record<string, unknown>>;
};

describe('reference server: GET /iam/clients/me (E8)', () => {
  let iam: Instance;
  beforeEach(async () => {
    iam = await freshInstance();
  });
  afterEach(() => iam.dispose());

  it('is the account with every required ClientBase field, the caller as currentUser', async () => {
    const response = await iam.request('/iam/clients/me', { as: PLAIN_USER });
    expect(response.status).to.equal(200);
    const details = (await body(response)) as Record<string, unknown>;
    expect(Object.keys(details)).to.include.members([...CLIENT_BASE_REQUIRED, 'users']);
    expect(details.id).to.equal(iam.clientId);
    expect(details.currentUser).to.equal(PLAIN_USER);
    expect(details.has_active_admin).to.equal(true);
  });

  it('lists the users as BaseUser, before currentUser, as the description orders the properties', async () => {
    const raw = await (await iam.request('/iam/clients/me')).text();
    expect(raw.indexOf('"users"')).to.be.lessThan(raw.indexOf('"currentUser"'));
    const details = JSON.parse(raw) as { users: Array<Record<string, unknown>> };
    expect(details.users).to.have.length(21);
    const admin = details.users.find((user) => user.id === ADMIN)!;
    expect(admin).not.to.have.property('user_type');
    expect(admin).not.to.have.property('client_and_roles');
    expect(admin.groups).to.deep.equal([{ id: 1, name: 'Administrators' }]);
  });

  it('needs credentials', async () => {
    const response = await fetch(`${iam.baseUrl}/iam/clients/me`);
    expect(response.status).to.equal(401);
  });
});

describe('reference server: GET /iam/users in pages', () => {
  let iam: Instance;
  afterEach(() => iam.dispose());

  it('with maxPageSize, answers at most that many users even without limit, with next links to the rest', async () => {
    iam = await freshInstance({ maxPageSize: 8 });
    const ids: number[] = [];
    let path: string | undefined = '/iam/users';
    let pages = 0;
    while (path) {
      const page = (await body(await iam.request(path))) as Page;
      expect(page.count).to.equal(21);
      expect(page.results.length).to.be.at.most(8);
      ids.push(...page.results.map((user) => user.id));
      path = page.next?.slice(iam.baseUrl.length);
      pages += 1;
    }
    expect(pages).to.equal(3);
    expect(ids).to.have.length(21);
    expect(new Set(ids).size).to.equal(21);
  });

  it('with maxPageSize, caps a larger limit and keeps a smaller one', async () => {
    iam = await freshInstance({ maxPageSize: 8 });
    const capped = (await body(await iam.request('/iam/users?limit=100&offset=4'))) as Page;
    expect(capped.results).to.have.length(8);
    expect(capped.next).to.equal(`${iam.baseUrl}/iam/users?limit=8&offset=12`);
    expect(capped.previous).to.equal(`${iam.baseUrl}/iam/users?limit=8&offset=0`);
    const smaller = (await body(await iam.request('/iam/users?limit=3'))) as Page;
    expect(smaller.results).to.have.length(3);
  });

  it('__control/options changes the page size on the fly, and reset restores it', async () => {
    iam = await freshInstance();
    expect(((await body(await iam.request('/iam/users'))) as Page).results).to.have.length(21);
    await iam.options({ maxPageSize: 5 });
    expect(((await body(await iam.request('/iam/users'))) as Page).results).to.have.length(5);
    expect((await iam.state()).serving).to.deep.equal({ maxPageSize: 5 });
    await iam.options({ maxPageSize: null });
    expect(((await body(await iam.request('/iam/users'))) as Page).results).to.have.length(21);
    await iam.options({ maxPageSize: 5 });
    await iam.reset();
    expect(((await body(await iam.request('/iam/users'))) as Page).results).to.have.length(21);
  });
});

describe('reference server: members and tokens of unknown role', () => {
  let iam: Instance;
  beforeEach(async () => {
    iam = await freshInstance();
  });
  afterEach(() => iam.dispose());

  it('a member seeded with role null has empty groups, as the description allows', async () => {
    const { users } = await iam.seed({ users: [{ email: 'nobody@example.com', role: null }] });
    const id = users[0]!.id;
    const list = (await body(await iam.request('/iam/users'))) as Page;
    const listed = list.results.find((user) => user.id === id)!;
    expect(listed.groups).to.deep.equal([]);
    expect(listed.client_and_roles).to.deep.equal([
      {
        client_id: iam.clientId,
        client_company_name: `Reference account ${iam.clientId}`,
        user_id: id,
        user_roles: [],
      },
    ]);
    expect(((await body(await iam.request(`/iam/users/${id}`))) as Record<string, unknown>).groups).to.deep.equal([]);
    const role = (await body(await iam.request(`/iam/clients/${iam.clientId}/client-users/${id}`))) as unknown;
    expect(role).to.deep.equal({ user_role: {} });
  });

  it("refuses to change such a member's role (the rules refuse role-based actions on them), but removes them", async () => {
    const { users } = await iam.seed({ users: [{ email: 'nobody@example.com', role: null }] });
    const path = `/iam/clients/${iam.clientId}/client-users/${users[0]!.id}`;
    const change = await iam.request(path, { method: 'PUT', ...jsonBody({ user_role: { id: 5 } }) });
    expect(change.status).to.equal(403);
    expect((await iam.request(path, { method: 'DELETE' })).status).to.equal(200);
  });

  it('a token seeded with role null has client_user.role {}', async () => {
    await iam.seed({ apiTokens: [{ issuerId: PLAIN_USER, role: null, name: 'Mystery' }] });
    const tokens = (await body(await iam.request(`/iam/v2/clients/${iam.clientId}/tokens`))) as Array<{
      name: string;
      client_user: { role: unknown };
    }>;
    expect(tokens.find((token) => token.name === 'Mystery')!.client_user.role).to.deep.equal({});
  });

  it('removed members stay listed, flagged deleted, whatever their role', async () => {
    const list = (await body(await iam.request('/iam/users'))) as Page;
    expect(list.results.find((user) => user.id === REMOVED)!.deleted).to.equal(true);
  });
});

describe('reference server: an account API without the reseller endpoint', () => {
  let iam: Instance;
  afterEach(() => iam.dispose());

  it('answers POST /iam/auth/renew_invitation with 404, as for any path it does not have', async () => {
    iam = await freshInstance({ resellerEndpoints: false });
    const response = await iam.request('/iam/auth/renew_invitation', {
      method: 'POST',
      ...jsonBody({ email: 'new.hire@example.com' }),
    });
    expect(response.status).to.equal(404);
    expect(await body(response)).to.deep.equal({ detail: 'Not found.' });
    expect((await iam.state()).sentEmails).to.deep.equal([]);
  });

  it('can be switched to it and back with __control/options', async () => {
    iam = await freshInstance();
    const resend = () =>
      iam.request('/iam/auth/renew_invitation', { method: 'POST', ...jsonBody({ email: 'new.hire@example.com' }) });
    expect((await resend()).status).to.equal(200);
    await iam.options({ resellerEndpoints: false });
    expect((await resend()).status).to.equal(404);
  });
});
