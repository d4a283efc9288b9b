import { expect } from '@open-wc/testing';
import { ADMIN, REMOVED, body, freshInstance, referenceAuth, type Instance } from './helpers.js';

describe('reference server: authentication', () => {
  let iam: Instance;
  beforeEach(async () => {
    iam = await freshInstance();
  });
  afterEach(() => iam.dispose());

  const ENDPOINTS: Array<[string, string]> = [
    ['GET', '/iam/users'],
    ['GET', '/iam/users/me'],
    ['GET', '/iam/users/1'],
    ['PATCH', '/iam/users/1'],
    ['POST', '/iam/clients/invite_user'],
    ['PUT', '/iam/clients/42/client-users/5'],
    ['DELETE', '/iam/clients/42/client-users/5'],
    ['POST', '/iam/auth/renew_invitation'],
    ['GET', '/iam/v2/clients/42/tokens'],
    ['DELETE', '/iam/v2/clients/42/tokens/1'],
  ];

  it('every endpoint answers 401 {detail} without an Authorization header', async () => {
    for (const [method, path] of ENDPOINTS) {
      const response = await fetch(`${iam.baseUrl}${path}`, { method });
      expect(response.status, `${method} ${path}`).to.equal(401);
      expect(await body(response)).to.deep.equal({ detail: 'Authentication credentials were not provided.' });
    }
  });

  it('an unknown credential is 401 {detail}', async () => {
    for (const header of ['Bearer something-else', 'Basic cmVmLXVzZXItMQ==', 'ref-user-1']) {
      const response = await fetch(`${iam.baseUrl}/iam/users/me`, { headers: { authorization: header } });
      expect(response.status, header).to.equal(401);
      expect(Object.keys((await body(response)) as object)).to.deep.equal(['detail']);
    }
  });

  it('a removed or unknown member is 401', async () => {
    for (const id of [REMOVED, 99999]) {
      const response = await fetch(`${iam.baseUrl}/iam/users/me`, { headers: { authorization: referenceAuth(id) } });
      expect(response.status, String(id)).to.equal(401);
    }
  });

  it('accepts both schemes and acts as the member the secret names', async () => {
    expect(referenceAuth(3)).to.equal('Bearer ref-user-3');
    for (const scheme of ['Bearer', 'APIKey'] as const) {
      const response = await fetch(`${iam.baseUrl}/iam/users/me`, {
        headers: { authorization: referenceAuth(ADMIN, scheme) },
      });
      expect(response.status, scheme).to.equal(200);
      expect(((await body(response)) as { id: number }).id).to.equal(ADMIN);
    }
  });
});
