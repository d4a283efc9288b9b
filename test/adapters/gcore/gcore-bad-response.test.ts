import { expect } from '@open-wc/testing';
import { adapterFor, empty, failure, FakeIam, HTML_PAGE, json, text, wireToken, wireUser } from './fake-iam.js';

const QUERY = { offset: 0, limit: 10 };

function listAnswering(response: Response) {
  return adapterFor(new FakeIam().on('GET /iam/users', response)).listUsers(QUERY);
}

describe('GcoreIamAdapter malformed 2xx answers', () => {
  describe('bodies that are not JSON', () => {
    for (const [label, response, hint] of [
      ['an empty body', () => empty(200), /empty/],
      ['whitespace', () => text('  \n ', 200, 'application/json'), /empty/],
      ['an HTML page', () => text(HTML_PAGE, 200, 'text/html'), /web page/],
      ['malformed JSON', () => text('{"results": [', 200, 'application/json'), /malformed/],
      ['plain text', () => text('OK', 200), /malformed/],
    ] as const) {
      it(`${label} on 200 → bad_response at the root`, async () => {
        const error = await failure(listAnswering(response()), 'bad_response');
        expect(error.field).to.equal('(root)');
        expect(error.message).to.match(hint);
        expect(error.message).not.to.contain('nginx');
      });
    }

    it('204 where a user was expected → bad_response', async () => {
      const iam = new FakeIam().on('PATCH /iam/users/8', empty(204));
      const error = await failure(adapterFor(iam).updateUser(8, { name: 'x' }), 'bad_response');
      expect(error.field).to.equal('(root)');
    });
  });

  describe('JSON of the wrong shape, naming the field', () => {
    it('a missing field in the third paginated user → results.2.email', async () => {
      const { email: _missing, ...noEmail } = wireUser(3);
      const error = await failure(
        listAnswering(json({ count: 3, results: [wireUser(1), wireUser(2), noEmail] })),
        'bad_response',
      );
      expect(error.field).to.equal('results.2.email');
      expect(error.message).to.contain('results.2.email');
      expect(error.message).to.contain('missing');
    });

    it('a wrong type in a bare array → 1.id', async () => {
      const error = await failure(listAnswering(json([wireUser(1), wireUser(2, { id: '2' })])), 'bad_response');
      expect(error.field).to.equal('1.id');
      expect(error.message).to.contain('"1.id" is invalid');
    });

    it('a non-boolean two_fa → results.0.two_fa', async () => {
      const error = await failure(listAnswering(json({ results: [wireUser(1, { two_fa: 'yes' })] })), 'bad_response');
      expect(error.field).to.equal('results.0.two_fa');
    });

    it('an unknown language → 0.lang', async () => {
      const error = await failure(listAnswering(json([wireUser(1, { lang: 'fr' })])), 'bad_response');
      expect(error.field).to.equal('0.lang');
    });

    it('an object without results → results', async () => {
      const error = await failure(listAnswering(json({ count: 0 })), 'bad_response');
      expect(error.field).to.equal('results');
    });

    for (const [label, body] of [
      ['null', null],
      ['a number', 42],
      ['a string', 'users'],
    ] as const) {
      it(`${label} as the user list → bad_response`, async () => {
        const error = await failure(listAnswering(json(body)), 'bad_response');
        expect(error.field).to.be.a('string');
      });
    }

    it('a session user with a null id → id', async () => {
      const iam = new FakeIam().signedInAs(wireUser(7)).on('GET /iam/users/7', json(wireUser(7, { id: null })));
      const error = await failure(adapterFor(iam).getSession(), 'bad_response');
      expect(error.field).to.equal('id');
    });

    for (const [label, details, field] of [
      ['without currentUser', { id: 42, users: [] }, 'currentUser'],
      ['with a currentUser that is a string', { id: 42, currentUser: '7' }, 'currentUser'],
      ['with a currentUser that is an object', { id: 42, currentUser: { id: 7 } }, 'currentUser'],
      ['without the account id', { users: [], currentUser: 7 }, 'id'],
      ['that is an array', [{ id: 42, currentUser: 7 }], '(root)'],
    ] as const) {
      it(`account details ${label} → ${field}`, async () => {
        const iam = new FakeIam().on('GET /iam/clients/me', json(details));
        const error = await failure(adapterFor(iam).getSession(), 'bad_response');
        expect(error.field).to.equal(field);
      });
    }

    it('an invitation answer without user_id → user_id', async () => {
      const iam = new FakeIam().on('POST /iam/clients/invite_user', json({ status: 'sent' }));
      const error = await failure(adapterFor(iam).inviteUser({ email: 'a@example.com', role: 2 }), 'bad_response');
      expect(error.field).to.equal('user_id');
    });

    it('a token whose issuer lacks an email → 1.client_user.user_email', async () => {
      const broken = wireToken(2);
      broken.client_user = { ...(broken.client_user as object), user_email: undefined };
      const iam = new FakeIam().on('GET /iam/v2/clients/42/tokens', json([wireToken(1), broken]));
      const error = await failure(adapterFor(iam).listApiTokens(), 'bad_response');
      expect(error.field).to.equal('1.client_user.user_email');
    });

    it('a token list that is an object → bad_response at the root', async () => {
      const iam = new FakeIam().on('GET /iam/v2/clients/42/tokens', json({ results: [] }));
      const error = await failure(adapterFor(iam).listApiTokens(), 'bad_response');
      expect(error.field).to.equal('(root)');
    });
  });

  describe('rows the description allows but the widget cannot map', () => {
    for (const [label, groups] of [
      ['empty groups', []],
      ['a group without fields', [{}]],
      ['only unknown groups', [{ id: 77, name: 'Mystery' }]],
    ] as const) {
      it(`a user with ${label} is listed with an unknown role, and named once in problems`, async () => {
        const page = await listAnswering(
          json({ count: 3, results: [wireUser(1), wireUser(2, { groups }), wireUser(3)] }),
        );
        expect(page.items.map((user) => [user.id, user.role])).to.deep.equal([
          [1, 2],
          [2, null],
          [3, 2],
        ]);
        expect(page.total).to.equal(3);
        expect(page.problems).to.deep.equal([{ id: 2, field: 'groups' }]);
      });
    }

    it('every answer of the list names the same problems, whatever page or search it is', async () => {
      const adapter = adapterFor(
        new FakeIam().on('GET /iam/users', json([wireUser(1), wireUser(2, { groups: [] }), wireUser(3)])),
      );
      const other = await adapter.listUsers({ offset: 0, limit: 1, search: 'user3@' });
      expect(other.items.map((user) => user.id)).to.deep.equal([3]);
      expect(other.problems).to.deep.equal([{ id: 2, field: 'groups' }]);
    });

    it('a list without such rows has no problems', async () => {
      const page = await listAnswering(json([wireUser(1)]));
      expect(page).not.to.have.property('problems');
    });

    for (const [label, role] of [
      ['{}', {}],
      ['an unknown id', { id: 12345 }],
    ] as const) {
      it(`a token whose role is ${label} is listed with an unknown role, and named in problems`, async () => {
        const token = wireToken(2);
        token.client_user = { ...(token.client_user as object), role };
        const iam = new FakeIam().on('GET /iam/v2/clients/42/tokens', json([wireToken(1), token]));
        const tokens = await adapterFor(iam).listApiTokens();
        expect(tokens.map((listed) => [listed.id, listed.role])).to.deep.equal([
          [1, 5],
          [2, null],
        ]);
        expect(tokens.problems).to.deep.equal([{ id: 2, field: 'client_user.role' }]);
      });
    }
  });

  describe('tolerance', () => {
    it('ignores unknown fields and missing optional ones, and skips deleted rows without a role', async () => {
      const minimal = { id: 5, email: 'm@example.com', name: null, lang: 'az', groups: [{ id: 1 }] };
      const page = await listAnswering(
        json([
          { ...minimal, activated: false, two_fa: false, deleted: false, brand_new_field: { x: 1 } },
          wireUser(6, { deleted: true, groups: [] }),
        ]),
      );
      expect(page.items).to.deep.equal([
        {
          id: 5,
          email: 'm@example.com',
          name: null,
          lang: 'az',
          role: 1,
          activated: false,
          twoFa: false,
          deleted: false,
        },
      ]);
    });
  });
});
