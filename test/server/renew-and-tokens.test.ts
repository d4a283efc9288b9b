import { expect } from '@open-wc/testing';
import { ADMIN, ENGINEER, PLAIN_USER, REMOVED, body, freshInstance, jsonBody, type Instance } from './helpers.js';

describe('reference server: POST /iam/auth/renew_invitation (E11)', () => {
  let iam: Instance;
  beforeEach(async () => {
    iam = await freshInstance();
  });
  afterEach(() => iam.dispose());

  const renew = (email: unknown, as = ADMIN) =>
    iam.request('/iam/auth/renew_invitation', { method: 'POST', as, ...jsonBody({ email }) });

  it('resends to a user who has not activated (new.hire@example.com): 200, and the email goes out', async () => {
    const response = await renew('new.hire@example.com');
    expect(response.status).to.equal(200);
    const state = await iam.state();
    expect(state.sentEmails).to.deep.include({ to: 'new.hire@example.com', kind: 'invitation-resent' });
  });

  it('an activated user is 400 {"message": "This user already activated."}', async () => {
    const response = await renew('viewer@example.com');
    expect(response.status).to.equal(400);
    expect(await body(response)).to.deep.equal({ message: 'This user already activated.' });
  });

  it('an unknown email is 404; a malformed one 400 {errors}; a non-admin 403', async () => {
    const missing = await renew('nobody@example.net');
    expect(missing.status).to.equal(404);
    expect(await body(missing)).to.deep.equal({ message: 'User with given email not found.' });

    const malformed = await renew('nope');
    expect(malformed.status).to.equal(400);
    expect(await body(malformed)).to.deep.equal({ errors: { email: ['Enter a valid email address.'] } });

    expect((await renew('new.hire@example.com', ENGINEER)).status).to.equal(403);
  });
});

describe('reference server: /iam/v2/clients/{clientId}/tokens (E12, E13)', () => {
  let iam: Instance;
  beforeEach(async () => {
    iam = await freshInstance();
  });
  afterEach(() => iam.dispose());

  const tokens = async (query = '', as = ADMIN) =>
    (await body(await iam.request(`/iam/v2/clients/${iam.clientId}/tokens${query}`, { as }))) as Array<
      Record<string, unknown> & { id: number; client_user: Record<string, unknown> }
    >;

  it('lists TokenResponse objects as a plain array with their issuer in client_user', async () => {
    const response = await iam.request(`/iam/v2/clients/${iam.clientId}/tokens?issued_by=${ENGINEER}`);
    expect(response.status).to.equal(200);
    const list = (await body(response)) as Array<Record<string, unknown>>;
    expect(list).to.be.an('array').with.length(1);
    const [token] = list;
    expect(Object.keys(token!)).to.have.members([
      'id',
      'name',
      'description',
      'exp_date',
      'created',
      'last_usage',
      'deleted',
      'expired',
      'client_user',
    ]);
    expect(token!.client_user).to.deep.equal({
      deleted: false,
      user_id: ENGINEER,
      user_name: 'Linus Engineer',
      user_email: 'linus.engineer@example.com',
      client_id: iam.clientId,
      role: { id: 5, name: 'Engineers' },
    });
  });

  it("flags a removed issuer's tokens with client_user.deleted", async () => {
    const list = await tokens(`?issued_by=${REMOVED}`);
    expect(list.length).to.be.greaterThan(0);
    expect(list.every((token) => token.client_user.deleted === true)).to.equal(true);
  });

  it('filters by role (id or name), not_issued_by and deleted; admins see all, others their own', async () => {
    const all = await tokens();
    expect(new Set(all.map((token) => token.client_user.user_id)).size).to.be.greaterThan(1);
    const engineers = await tokens('?role=Engineers');
    expect(engineers.length).to.be.greaterThan(0);
    expect(engineers.every((token) => (token.client_user.role as { id: number }).id === 5)).to.equal(true);
    expect(await tokens('?role=5')).to.deep.equal(engineers);
    expect((await tokens(`?not_issued_by=${ADMIN}`)).some((token) => token.client_user.user_id === ADMIN)).to.equal(
      false,
    );
    expect((await tokens('?deleted=true')).every((token) => token.deleted === true)).to.equal(true);

    const own = await tokens('', ENGINEER);
    expect(own.map((token) => token.client_user.user_id)).to.deep.equal([ENGINEER]);
    expect(await tokens('', PLAIN_USER)).to.deep.equal([]);
  });

  it('DELETE is 204; the token is then deleted and no longer blocks removing its issuer', async () => {
    const [token] = await tokens(`?issued_by=${ENGINEER}`);
    const response = await iam.request(`/iam/v2/clients/${iam.clientId}/tokens/${token!.id}`, { method: 'DELETE' });
    expect(response.status).to.equal(204);
    expect((await tokens(`?issued_by=${ENGINEER}`))[0]!.deleted).to.equal(true);
    const removal = await iam.request(`/iam/clients/${iam.clientId}/client-users/${ENGINEER}`, { method: 'DELETE' });
    expect(removal.status).to.equal(200);
  });

  it('an unknown token is 404 "API token not found."; another account 403', async () => {
    const missing = await iam.request(`/iam/v2/clients/${iam.clientId}/tokens/99999`, { method: 'DELETE' });
    expect(missing.status).to.equal(404);
    expect(await body(missing)).to.deep.equal({ message: 'API token not found.' });
    expect((await iam.request(`/iam/v2/clients/${iam.clientId + 1}/tokens`)).status).to.equal(403);
  });
});
