import { expect } from '@open-wc/testing';
import { ADMIN, ENGINEER, PLAIN_USER, body, freshInstance, jsonBody, type Instance } from './helpers.js';

describe('reference server: POST /iam/clients/invite_user (E4)', () => {
  let iam: Instance;
  beforeEach(async () => {
    iam = await freshInstance();
  });
  afterEach(() => iam.dispose());

  const invite = (fields: Record<string, unknown>, as = ADMIN) =>
    iam.request('/iam/clients/invite_user', {
      method: 'POST',
      as,
      ...jsonBody({ client_id: iam.clientId, user_role: { id: 2, name: 'Users' }, ...fields }),
    });

  it('answers 200 {status: "sent", user_id} and the user then appears in the list', async () => {
    const response = await invite({ email: 'new.person@example.net', name: 'New Person', lang: 'de' });
    expect(response.status).to.equal(200);
    const sent = (await body(response)) as { status: string; user_id: number };
    expect(sent.status).to.equal('sent');
    expect(sent.user_id).to.be.a('number');

    const user = (await body(await iam.request(`/iam/users/${sent.user_id}`))) as Record<string, unknown>;
    expect(user).to.deep.include({ email: 'new.person@example.net', name: 'New Person', lang: 'de', activated: false });
    expect(user.groups).to.deep.equal([{ id: 2, name: 'Users' }]);
  });

  it('accepts the role by name alone', async () => {
    const response = await invite({ email: 'eng@example.net', user_role: { name: 'Engineers' } });
    const { user_id } = (await body(response)) as { user_id: number };
    const user = (await body(await iam.request(`/iam/users/${user_id}`))) as { groups: unknown };
    expect(user.groups).to.deep.equal([{ id: 5, name: 'Engineers' }]);
  });

  it('an existing member is 400 with a bare array naming the user and the account', async () => {
    const response = await invite({ email: 'viewer@example.com' });
    expect(response.status).to.equal(400);
    expect(await body(response)).to.deep.equal([
      `User ${PLAIN_USER} has already been invited to client ${iam.clientId}`,
    ]);
  });

  it('an email the API refuses is 400 ["This user cannot be added to this client."]', async () => {
    const response = await invite({ email: 'blocked@example.org' });
    expect(response.status).to.equal(400);
    expect(await body(response)).to.deep.equal(['This user cannot be added to this client.']);
  });

  it('an invalid email is 400 {errors: {email: ["Enter a valid email address."]}}', async () => {
    const response = await invite({ email: 'not-an-email' });
    expect(response.status).to.equal(400);
    expect(await body(response)).to.deep.equal({ errors: { email: ['Enter a valid email address.'] } });
  });

  it('missing fields and an unknown role are field errors in the API’s words', async () => {
    const response = await iam.request('/iam/clients/invite_user', {
      method: 'POST',
      ...jsonBody({ user_role: { id: 100, name: 'Fake role' } }),
    });
    expect(response.status).to.equal(400);
    expect(await body(response)).to.deep.equal({
      errors: {
        client_id: ['This field is required.'],
        email: ['This field is required.'],
        user_role: ["Invalid role: OrderedDict([('id', 100), ('name', 'Fake role')])"],
      },
    });
  });

  it('a non-admin is 403 {message}', async () => {
    const response = await invite({ email: 'someone@example.net' }, ENGINEER);
    expect(response.status).to.equal(403);
    expect(await body(response)).to.deep.equal({ message: 'You do not have permission to perform this action.' });
  });

  it('another account’s client_id is 403', async () => {
    const response = await invite({ email: 'someone@example.net', client_id: iam.clientId + 1 });
    expect(response.status).to.equal(403);
  });

  it('the sixth invitation of the day by one admin is 429 {message}', async () => {
    for (let index = 1; index <= 5; index += 1) {
      expect((await invite({ email: `batch${index}@example.net` })).status).to.equal(200);
    }
    const sixth = await invite({ email: 'batch6@example.net' });
    expect(sixth.status).to.equal(429);
    const error = (await body(sixth)) as { message: string };
    expect(Object.keys(error)).to.deep.equal(['message']);
    expect(error.message).to.contain('5');
    // The limit is per day: tomorrow the same admin may invite again.
    await iam.setClock(new Date(Date.now() + 86_400_000));
    expect((await invite({ email: 'batch6@example.net' })).status).to.equal(200);
  });
});
