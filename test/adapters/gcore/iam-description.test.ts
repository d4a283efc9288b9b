import { expect } from '@open-wc/testing';
import { checkIamRequest } from '../../support/iam-description.js';

/** The check every test's Gcore requests go through must itself refuse what the description lacks. */
describe('the IAM description check of the requests the adapter sends', () => {
  it('passes the requests the adapter makes', () => {
    const described: Array<[string, string, string?]> = [
      ['GET', '/iam/clients/me'],
      ['GET', '/iam/users?limit=1000&offset=0'],
      ['GET', '/iam/users/7'],
      ['PATCH', '/iam/users/7', '{"name":null,"lang":"de"}'],
      ['POST', '/iam/clients/invite_user', '{"client_id":42,"email":"a@b.c","user_role":{"id":2,"name":"Users"}}'],
      ['PUT', '/iam/clients/42/client-users/7', '{"user_role":{"id":5,"name":"Engineers"}}'],
      ['DELETE', '/iam/clients/42/client-users/7'],
      ['GET', '/iam/v2/clients/42/tokens?issued_by=7'],
      ['DELETE', '/iam/v2/clients/42/tokens/3'],
      ['POST', '/iam/auth/renew_invitation', '{"email":"a@b.c"}'],
    ];
    for (const [method, path, body] of described) {
      expect(checkIamRequest(method, path, body), `${method} ${path}`).to.equal(undefined);
    }
  });

  for (const [label, method, path, body, says] of [
    ['the undocumented session endpoint', 'GET', '/iam/users/me', undefined, 'no such operation'],
    ['an unknown path', 'GET', '/iam/clients/42/client_users', undefined, 'no such operation'],
    ['a described path with another method', 'DELETE', '/iam/users/7', undefined, 'no such operation'],
    ['a query parameter not described', 'GET', '/iam/users?search=ada', undefined, '"search" is not described'],
    ['a paging parameter that is not a number', 'GET', '/iam/users?limit=ten', undefined, '"limit" must be'],
    ['a path id that is not a number', 'GET', '/iam/users/seven', undefined, 'no such operation'],
    [
      'an invitation without client_id',
      'POST',
      '/iam/clients/invite_user',
      '{"email":"a@b.c","user_role":{"id":2}}',
      'required field "client_id"',
    ],
    [
      'a client_id as a string',
      'POST',
      '/iam/clients/invite_user',
      '{"client_id":"42","email":"a@b.c","user_role":{"id":2}}',
      '"client_id" must be an integer',
    ],
    [
      'a field the schema lacks',
      'PUT',
      '/iam/clients/42/client-users/7',
      '{"user_role":{"id":5},"groups":[]}',
      '"groups" is not described',
    ],
    ['a read-only field', 'PATCH', '/iam/users/7', '{"two_fa":true}', '"two_fa" is not described (or is read-only)'],
    [
      'a role that is no Group',
      'PUT',
      '/iam/clients/42/client-users/7',
      '{"user_role":{"id":4}}',
      '"user_role" must be a Group',
    ],
    ['a body where none is taken', 'DELETE', '/iam/v2/clients/42/tokens/3', '{}', 'takes no request body'],
  ] as const) {
    it(`refuses ${label}`, () => {
      expect(checkIamRequest(method, path, body)).to.contain(says);
    });
  }
});
