import { expect } from '@open-wc/testing';
import { ADMIN, PLAIN_USER, REMOVED, body, freshInstance, jsonBody, type Instance } from './helpers.js';

const USER_FIELDS = [
  'activated',
  'auth_types',
  'client',
  'client_and_roles',
  'company',
  'deleted',
  'email',
  'groups',
  'id',
  'is_active',
  'lang',
  'name',
  'phone',
  'reseller',
  'sso_auth',
  'two_fa',
  'user_type',
];

describe('reference server: users (E1, E2, E3, E9)', () => {
  let iam: Instance;
  beforeEach(async () => {
    iam = await freshInstance();
  });
  afterEach(() => iam.dispose());

  it('GET /iam/users without limit answers the whole PaginatedUsersArray, removed members flagged', async () => {
    const response = await iam.request('/iam/users');
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('application/json');
    const page = (await body(response)) as { count: number; results: Array<Record<string, unknown>> };
    expect(Object.keys(page)).to.have.members(['count', 'results']);
    expect(page.count).to.equal(page.results.length);
    expect(page.results.map((user) => user.id)).to.include.members([ADMIN, PLAIN_USER, REMOVED]);
    const removed = page.results.find((user) => user.id === REMOVED)!;
    expect(removed.deleted).to.equal(true);
    expect(page.results.filter((user) => user.deleted === true)).to.have.length(1);
  });

  it('each user carries every field of the spec User, in wire form', async () => {
    const page = (await body(await iam.request('/iam/users'))) as { results: Array<Record<string, unknown>> };
    const admin = page.results.find((user) => user.id === ADMIN)!;
    expect(Object.keys(admin)).to.have.members(USER_FIELDS);
    expect(admin).to.deep.include({
      email: 'ada.lovelace@example.com',
      name: 'Ada Lovelace',
      client: iam.clientId,
      groups: [{ id: 1, name: 'Administrators' }],
      two_fa: true,
      activated: true,
      deleted: false,
      user_type: 'common',
      is_active: true,
    });
    expect(admin.client_and_roles).to.deep.equal([
      {
        client_id: iam.clientId,
        client_company_name: `Reference account ${iam.clientId}`,
        user_id: ADMIN,
        user_roles: ['1'],
      },
    ]);
  });

  it('honours limit and offset, with next/previous links only where a page exists', async () => {
    const first = (await body(await iam.request('/iam/users?limit=5'))) as Record<string, unknown> & {
      results: { id: number }[];
    };
    expect(first.count).to.equal(21); // 20 visible members + the removed one
    expect(first.results.map((user) => user.id)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(first.next).to.equal(`${iam.baseUrl}/iam/users?limit=5&offset=5`);
    expect(first).not.to.have.property('previous');

    const last = (await body(await iam.request('/iam/users?limit=5&offset=20'))) as Record<string, unknown> & {
      results: unknown[];
    };
    expect(last.results).to.have.length(1);
    expect(last).not.to.have.property('next');
    expect(last.previous).to.equal(`${iam.baseUrl}/iam/users?limit=5&offset=15`);
  });

  it('GET /iam/users/me is the caller, as a full User', async () => {
    const me = (await body(await iam.request('/iam/users/me', { as: PLAIN_USER }))) as Record<string, unknown>;
    expect(me.id).to.equal(PLAIN_USER);
    expect(me.groups).to.deep.equal([{ id: 2, name: 'Users' }]);
    expect(Object.keys(me)).to.have.members(USER_FIELDS);
  });

  it('GET /iam/users/{id} is a UserPublic (no client_and_roles); 404 "User not found."', async () => {
    const response = await iam.request(`/iam/users/${PLAIN_USER}`);
    expect(response.status).to.equal(200);
    const user = (await body(response)) as Record<string, unknown>;
    expect(Object.keys(user)).to.have.members(USER_FIELDS.filter((field) => field !== 'client_and_roles'));

    const missing = await iam.request('/iam/users/99999');
    expect(missing.status).to.equal(404);
    expect(await body(missing)).to.deep.equal({ message: 'User not found.' });
  });

  it('PATCH /iam/users/{id} changes name and language and answers the User', async () => {
    const response = await iam.request(`/iam/users/${ADMIN}`, {
      method: 'PATCH',
      ...jsonBody({ name: 'Ada King', lang: 'de' }),
    });
    expect(response.status).to.equal(200);
    expect(await body(response)).to.deep.include({ id: ADMIN, name: 'Ada King', lang: 'de' });
    const again = (await body(await iam.request(`/iam/users/${ADMIN}`))) as Record<string, unknown>;
    expect(again.name).to.equal('Ada King');
  });

  it('PATCH validation errors are {errors: {field: [...]}}', async () => {
    const response = await iam.request(`/iam/users/${ADMIN}`, {
      method: 'PATCH',
      ...jsonBody({ name: 'x'.repeat(300), lang: 'xx' }),
    });
    expect(response.status).to.equal(400);
    expect(await body(response)).to.deep.equal({ errors: { lang: ['"xx" is not a valid choice.'] } });

    const tooLong = await iam.request(`/iam/users/${ADMIN}`, {
      method: 'PATCH',
      ...jsonBody({ name: 'x'.repeat(300) }),
    });
    expect(tooLong.status).to.equal(400);
    expect(await body(tooLong)).to.deep.equal({
      errors: { name: ['Ensure this field has no more than 255 characters.'] },
    });
  });

  it("PATCH of another user's name by a non-admin is 403 {message}", async () => {
    const response = await iam.request(`/iam/users/${ADMIN}`, {
      method: 'PATCH',
      as: PLAIN_USER,
      ...jsonBody({ name: 'Hijacked' }),
    });
    expect(response.status).to.equal(403);
    expect(await body(response)).to.deep.equal({ message: 'You do not have permission to perform this action.' });
  });

  it('malformed JSON is 400 {"message": "JSON parse error - …"}', async () => {
    const response = await iam.request(`/iam/users/${ADMIN}`, { method: 'PATCH', body: '{"name": ' });
    expect(response.status).to.equal(400);
    const error = (await body(response)) as { message: string };
    expect(Object.keys(error)).to.deep.equal(['message']);
    expect(error.message).to.match(/^JSON parse error - /);
  });

  it('an unknown path is 404 {detail}; a known path with the wrong method is 405', async () => {
    const unknown = await iam.request('/iam/nothing-here');
    expect(unknown.status).to.equal(404);
    expect(await body(unknown)).to.deep.equal({ detail: 'Not found.' });
    const wrongMethod = await iam.request('/iam/users', { method: 'DELETE' });
    expect(wrongMethod.status).to.equal(405);
  });
});
