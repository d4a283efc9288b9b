import { expect } from '@open-wc/testing';
import { referenceInstance } from '../../demo/server/reference-client.js';
import { ADMIN, ENGINEER, body, freshInstance, jsonBody, referenceAuth, type Instance } from './helpers.js';

describe('reference server: instances', () => {
  it('POST /__iam/instances answers 201 {id, baseUrl} for a fresh account with the given options', async () => {
    const response = await fetch('/__iam/instances', { method: 'POST', ...jsonBody({ userCount: 7, clientId: 777 }) });
    expect(response.status).to.equal(201);
    const created = (await body(response)) as { id: string; baseUrl: string; clientId: number };
    expect(created.baseUrl).to.equal(`/__iam/${created.id}`);
    expect(created.clientId).to.equal(777);

    const users = await fetch(`${created.baseUrl}/iam/users`, { headers: { authorization: referenceAuth(ADMIN) } });
    const page = (await body(users)) as { count: number; results: Array<{ client: number }> };
    expect(page.count).to.equal(8); // 7 visible + the removed fixture
    expect(page.results[0]!.client).to.equal(777);
    await fetch(`/__iam/instances/${created.id}`, { method: 'DELETE' });
  });

  it('refuses bad options with 400', async () => {
    const response = await fetch('/__iam/instances', { method: 'POST', ...jsonBody({ userCount: -1 }) });
    expect(response.status).to.equal(400);
    expect(((await body(response)) as { message: string }).message).to.contain('userCount');
  });

  it('keeps instances isolated: a change in one is invisible in another', async () => {
    const [a, b] = await Promise.all([freshInstance(), freshInstance()]);
    const invite = await a.request('/iam/clients/invite_user', {
      method: 'POST',
      ...jsonBody({ client_id: a.clientId, email: 'only.in.a@example.net', user_role: { id: 2 } }),
    });
    expect(invite.status).to.equal(200);
    const emails = async (instance: Instance) =>
      ((await body(await instance.request('/iam/users'))) as { results: Array<{ email: string }> }).results.map(
        (user) => user.email,
      );
    expect(await emails(a)).to.include('only.in.a@example.net');
    expect(await emails(b)).not.to.include('only.in.a@example.net');
    await Promise.all([a.dispose(), b.dispose()]);
  });

  it('the same options seed the same account', async () => {
    const [a, b] = await Promise.all([freshInstance({ seed: 9 }), freshInstance({ seed: 9 })]);
    const list = async (instance: Instance) => (await body(await instance.request('/iam/users'))) as unknown;
    expect(await list(a)).to.deep.equal(await list(b));
    await Promise.all([a.dispose(), b.dispose()]);
  });

  it('an unknown or disposed instance is 404', async () => {
    const instance = await freshInstance();
    await instance.dispose();
    expect((await instance.request('/iam/users')).status).to.equal(404);
  });

  it('serves the default account at /api (client 42)', async () => {
    const response = await fetch('/api/iam/users/me', { headers: { authorization: referenceAuth(ADMIN) } });
    expect(response.status).to.equal(200);
    expect(await body(response)).to.deep.include({ id: ADMIN, client: 42 });
    const state = await referenceInstance('/api', 42).state();
    expect(state.baseUrl).to.equal('/api');
  });
});

describe('reference server: controls', () => {
  let iam: Instance;
  beforeEach(async () => {
    iam = await freshInstance();
  });
  afterEach(() => iam.dispose());

  it('latency delays every IAM answer by at least that long', async () => {
    await iam.latency(300);
    const started = performance.now();
    expect((await iam.request('/iam/users/me')).status).to.equal(200);
    expect(performance.now() - started).to.be.at.least(290);
    await iam.latency(0);
    const again = performance.now();
    await iam.request('/iam/users/me');
    expect(performance.now() - again).to.be.below(250);
  });

  it('fail-next answers the next matching request with the given status, body and type, once', async () => {
    await iam.failNext({ status: 502, body: '<html><body>Bad gateway</body></html>', contentType: 'text/html' });
    const failed = await iam.request('/iam/users');
    expect(failed.status).to.equal(502);
    expect(failed.headers.get('content-type')).to.equal('text/html');
    expect(await failed.text()).to.equal('<html><body>Bad gateway</body></html>');
    expect((await iam.request('/iam/users')).status).to.equal(200);
  });

  it('fail-next can serve malformed JSON or a wrong shape with a 200', async () => {
    await iam.failNext({ status: 200, body: '{"count": 1, "results": [' });
    const malformed = await iam.request('/iam/users');
    expect(malformed.status).to.equal(200);
    expect(malformed.headers.get('content-type')).to.equal('application/json');
    let parsed = true;
    try {
      await malformed.json();
    } catch {
      parsed = false;
    }
    expect(parsed).to.equal(false);

    await iam.failNext({ status: 200, body: JSON.stringify({ count: 'many', results: [{ id: 'x' }] }) });
    expect(await body(await iam.request('/iam/users'))).to.deep.equal({ count: 'many', results: [{ id: 'x' }] });
  });

  it('fail-next waits for a request matching its method and path', async () => {
    await iam.failNext({ status: 500, method: 'DELETE', pathIncludes: '/tokens/' });
    expect((await iam.request('/iam/users')).status).to.equal(200);
    expect((await iam.request(`/iam/v2/clients/${iam.clientId}/tokens`)).status).to.equal(200);
    const failed = await iam.request(`/iam/v2/clients/${iam.clientId}/tokens/1`, { method: 'DELETE' });
    expect(failed.status).to.equal(500);
    expect(await failed.text()).to.equal('');
    expect((await iam.state()).pendingFailures).to.equal(0);
  });

  it('seed adds users, tokens and external accounts, and answers their ids', async () => {
    const seeded = await iam.seed({
      externalAccounts: [{ email: 'outside@example.org', name: 'Outside Person' }],
      users: [{ email: 'seeded@example.net', name: 'Seeded', role: 5, lang: 'zh', twoFa: true }],
      apiTokens: [{ issuerEmail: 'seeded@example.net', role: 5, name: 'Seeded token' }],
    });
    const [user] = seeded.users;
    expect(user).to.deep.include({ email: 'seeded@example.net', role: 5, lang: 'zh' });
    const wire = (await body(await iam.request(`/iam/users/${user!.id}`))) as Record<string, unknown>;
    expect(wire).to.deep.include({ name: 'Seeded', lang: 'zh', two_fa: true });

    // The token now blocks the seeded user's removal.
    const removal = await iam.request(`/iam/clients/${iam.clientId}/client-users/${user!.id}`, { method: 'DELETE' });
    expect(removal.status).to.equal(403);

    // Inviting the external account grants access to an existing (already activated) account.
    const invite = await iam.request('/iam/clients/invite_user', {
      method: 'POST',
      ...jsonBody({ client_id: iam.clientId, email: 'outside@example.org', user_role: { id: 2 } }),
    });
    const { user_id } = (await body(invite)) as { user_id: number };
    expect(await body(await iam.request(`/iam/users/${user_id}`))).to.deep.include({
      name: 'Outside Person',
      activated: true,
    });
  });

  it('seed refuses malformed actions with 400', async () => {
    const response = await fetch(`${iam.baseUrl}/__control/seed`, {
      method: 'POST',
      ...jsonBody({ users: [{ email: 'x@example.net', role: 99 }] }),
    });
    expect(response.status).to.equal(400);
    expect(((await body(response)) as { message: string }).message).to.contain('role');
  });

  it('reset brings back the seeded account and clears latency and pending failures', async () => {
    await iam.request(`/iam/v2/clients/${iam.clientId}/tokens/1`, { method: 'DELETE' });
    await iam.request(`/iam/clients/${iam.clientId}/client-users/5`, { method: 'DELETE' });
    await iam.latency(5000);
    await iam.failNext({ status: 500 });
    await iam.reset();
    const state = await iam.state();
    expect(state).to.deep.include({ latencyMs: 0, pendingFailures: 0 });
    expect((await iam.request('/iam/users/5')).status).to.equal(200);
    const removal = await iam.request(`/iam/clients/${iam.clientId}/client-users/${ENGINEER}`, { method: 'DELETE' });
    expect(removal.status).to.equal(403); // the engineer's token is active again
  });
});
