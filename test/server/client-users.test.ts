import { expect } from '@open-wc/testing';
import { ADMIN, ENGINEER, PLAIN_USER, body, freshInstance, jsonBody, type Instance } from './helpers.js';

describe('reference server: /iam/clients/{clientId}/client-users/{userId} (E5, E6, E7)', () => {
  let iam: Instance;
  beforeEach(async () => {
    iam = await freshInstance();
  });
  afterEach(() => iam.dispose());

  const path = (userId: number, clientId = iam.clientId) => `/iam/clients/${clientId}/client-users/${userId}`;
  const setRole = (userId: number, userRole: unknown, as = ADMIN) =>
    iam.request(path(userId), { method: 'PUT', as, ...jsonBody({ user_role: userRole }) });

  it('GET answers {user_role: Group}', async () => {
    const response = await iam.request(path(ENGINEER));
    expect(response.status).to.equal(200);
    expect(await body(response)).to.deep.equal({ user_role: { id: 5, name: 'Engineers' } });
  });

  it('PUT changes the role: 204 without a body', async () => {
    const response = await setRole(PLAIN_USER, { id: 3009, name: 'Purge and Prefetch only (API+Web)' });
    expect(response.status).to.equal(204);
    expect(await response.text()).to.equal('');
    const user = (await body(await iam.request(`/iam/users/${PLAIN_USER}`))) as { groups: unknown };
    expect(user.groups).to.deep.equal([{ id: 3009, name: 'Purge and Prefetch only (API+Web)' }]);
  });

  it('PUT below a role the user issued a token with is 403 with the real message', async () => {
    const response = await setRole(ENGINEER, { id: 2 });
    expect(response.status).to.equal(403);
    expect(await body(response)).to.deep.equal({
      message: 'The specified user has issued a token with a higher role. Try using another role.',
    });
  });

  it('PUT with an unknown role is 400 {errors: {user_role: ["Invalid role: …"]}}', async () => {
    const response = await setRole(PLAIN_USER, { id: 100, name: 'Fake role' });
    expect(response.status).to.equal(400);
    expect(await body(response)).to.deep.equal({
      errors: { user_role: ["Invalid role: OrderedDict([('id', 100), ('name', 'Fake role')])"] },
    });
  });

  it('PUT by a non-admin is 403; for an unknown user 404', async () => {
    expect((await setRole(PLAIN_USER, { id: 5 }, ENGINEER)).status).to.equal(403);
    const missing = await setRole(99999, { id: 5 });
    expect(missing.status).to.equal(404);
    expect(await body(missing)).to.deep.equal({ message: 'User is not found in the specified account.' });
  });

  it('DELETE revokes access: 200 with the plain-text sentence; the user is then listed as deleted', async () => {
    const response = await iam.request(path(PLAIN_USER), { method: 'DELETE' });
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^text\/plain/);
    expect(await response.text()).to.equal("The user's access has been successfully revoked.");

    const page = (await body(await iam.request('/iam/users'))) as { results: Array<{ id: number; deleted: boolean }> };
    expect(page.results.find((user) => user.id === PLAIN_USER)?.deleted).to.equal(true);
    expect((await iam.request(`/iam/users/${PLAIN_USER}`)).status).to.equal(404);
  });

  it('DELETE of a user with active tokens is 403 {"message": "You can\'t remove the user as they have active tokens"}', async () => {
    const response = await iam.request(path(ENGINEER), { method: 'DELETE' });
    expect(response.status).to.equal(403);
    expect(await body(response)).to.deep.equal({ message: "You can't remove the user as they have active tokens" });
  });

  it('DELETE of an unknown user is 404; by a non-admin 403', async () => {
    const missing = await iam.request(path(99999), { method: 'DELETE' });
    expect(missing.status).to.equal(404);
    expect(await body(missing)).to.deep.equal({ message: 'User is not found in the specified account.' });
    const denied = await iam.request(path(PLAIN_USER), { method: 'DELETE', as: ENGINEER });
    expect(denied.status).to.equal(403);
    expect(await body(denied)).to.deep.equal({ message: 'You do not have permission to perform this action.' });
  });

  it('another account in the path is 403, whatever the method', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await iam.request(path(PLAIN_USER, iam.clientId + 1), {
        method,
        ...(method === 'PUT' ? jsonBody({ user_role: { id: 5 } }) : {}),
      });
      expect(response.status, method).to.equal(403);
      expect(await body(response)).to.deep.equal({
        message: 'You do not have permission for the specified account to perform this action.',
      });
    }
  });
});
