import { expect } from '@open-wc/testing';
import { adapterFor, empty, failure, FakeIam, HTML_PAGE, json, text, wireUser } from './fake-iam.js';

const INVITE = { email: 'new@example.com', role: 2 } as const;

function inviteAnswering(response: Response) {
  const iam = new FakeIam().on('POST /iam/clients/invite_user', response);
  return adapterFor(iam).inviteUser(INVITE);
}

describe('GcoreIamAdapter error responses', () => {
  describe('by status', () => {
    it('401 → unauthorized, with the server message', async () => {
      const iam = new FakeIam().on(
        'GET /iam/clients/me',
        json({ detail: 'Authentication credentials were not provided.' }, 401),
      );
      const error = await failure(adapterFor(iam).getSession(), 'unauthorized');
      expect(error.status).to.equal(401);
      expect(error.serverMessage).to.equal('Authentication credentials were not provided.');
      expect(error.message).to.equal('Authentication credentials were not provided.');
    });

    it('403 "active tokens" on removal → tokens_block_removal', async () => {
      const message = "You can't remove the user as they have active tokens";
      const iam = new FakeIam().on('DELETE /iam/clients/42/client-users/8', json({ message }, 403));
      const error = await failure(adapterFor(iam).removeUser(8), 'tokens_block_removal');
      expect(error.serverMessage).to.equal(message);
      expect(error.message).to.equal(message);
    });

    it('403 "token with a higher role" → token_role_conflict', async () => {
      const message = 'The specified user has issued a token with a higher role. Try using another role.';
      const iam = new FakeIam().on('PUT /iam/clients/42/client-users/8', json({ message }, 403));
      const error = await failure(adapterFor(iam).setUserRole(8, 2), 'token_role_conflict');
      expect(error.serverMessage).to.equal(message);
    });

    it('any other 403 → forbidden', async () => {
      const message = 'You do not have permission to perform this action.';
      const error = await failure(inviteAnswering(json({ message }, 403)), 'forbidden');
      expect(error.message).to.equal(message);
      expect(error.status).to.equal(403);
    });

    it('404 → not_found', async () => {
      const iam = new FakeIam().on('PATCH /iam/users/8', json({ message: 'User not found.' }, 404));
      const error = await failure(adapterFor(iam).updateUser(8, { name: 'x' }), 'not_found');
      expect(error.message).to.equal('User not found.');
    });

    it('429 → rate_limited with Retry-After in seconds', async () => {
      const iam = new FakeIam().on('GET /iam/users', json({ message: 'Slow down' }, 429, { 'Retry-After': '17' }));
      const error = await failure(adapterFor(iam).listUsers({ offset: 0, limit: 10 }), 'rate_limited');
      expect(error.retryAfterSeconds).to.equal(17);
      expect(error.message).to.equal('Slow down');
    });

    it('429 with an HTTP-date Retry-After → the seconds until then', async () => {
      const date = new Date(Date.now() + 120_000).toUTCString();
      const iam = new FakeIam().on('GET /iam/users', json({}, 429, { 'Retry-After': date }));
      const error = await failure(adapterFor(iam).listUsers({ offset: 0, limit: 10 }), 'rate_limited');
      expect(error.retryAfterSeconds).to.be.within(118, 121);
      expect(error.message).to.equal('Too many requests. Try again later.');
    });

    for (const status of [500, 502, 503, 504]) {
      it(`${status} → server_error`, async () => {
        const iam = new FakeIam().on('GET /iam/clients/me', json({ message: 'Internal error' }, status));
        const error = await failure(adapterFor(iam).getSession(), 'server_error');
        expect(error.status).to.equal(status);
      });
    }

    for (const status of [405, 409, 418]) {
      it(`${status} → unknown`, async () => {
        const iam = new FakeIam().on('GET /iam/clients/me', json({ message: 'Odd' }, status));
        const error = await failure(adapterFor(iam).getSession(), 'unknown');
        expect(error.status).to.equal(status);
        expect(error.message).to.equal('Odd');
      });
    }
  });

  describe('what the description says a status means on an endpoint', () => {
    it('a 403 without a body on the user update → token_role_conflict (as iamUpdateUser documents it)', async () => {
      const iam = new FakeIam().on('PATCH /iam/users/8', empty(403));
      const error = await failure(adapterFor(iam).updateUser(8, { name: 'x' }), 'token_role_conflict');
      expect(error.status).to.equal(403);
      expect(error.serverMessage).to.equal(undefined);
    });

    it('a 403 on the user update whose body has no message → token_role_conflict', async () => {
      const iam = new FakeIam().on('PATCH /iam/users/8', json({}, 403));
      await failure(adapterFor(iam).updateUser(8, { name: 'x' }), 'token_role_conflict');
    });

    it('a 403 on the user update saying something else → forbidden', async () => {
      const message = 'You do not have permission to perform this action.';
      const iam = new FakeIam().on('PATCH /iam/users/8', json({ message }, 403));
      const error = await failure(adapterFor(iam).updateUser(8, { name: 'x' }), 'forbidden');
      expect(error.serverMessage).to.equal(message);
    });

    it('a 403 without a body on the role change → forbidden (its documented 403 is a permission refusal)', async () => {
      const iam = new FakeIam().on('PUT /iam/clients/42/client-users/8', empty(403));
      await failure(adapterFor(iam).setUserRole(8, 2), 'forbidden');
    });
  });

  describe('resending refused by a server without the reseller endpoint', () => {
    const admin = () => wireUser(7, { groups: [{ id: 1 }] });
    const resend = (response: Response, signedIn = admin()) => {
      const iam = new FakeIam()
        .signedInAs(signedIn)
        .on('GET /iam/users', json([wireUser(8, { activated: false }), signedIn]))
        .on('POST /iam/auth/renew_invitation', response);
      return adapterFor(iam).resendInvite(8);
    };

    for (const [label, response, status] of [
      [
        '403 for an Administrator',
        () => json({ detail: 'You do not have permission to perform this action.' }, 403),
        403,
      ],
      ['404 of an unknown route', () => json({ detail: 'Not found.' }, 404), 404],
      ['404 without a body', () => empty(404), 404],
      ['405', () => json({ detail: 'Method "POST" not allowed.' }, 405), 405],
    ] as const) {
      it(`${label} → unsupported, keeping the status`, async () => {
        const error = await failure(resend(response()), 'unsupported');
        expect(error.status).to.equal(status);
      });
    }

    it('403 for someone who is not an Administrator → forbidden', async () => {
      const error = await failure(
        resend(json({ message: 'You do not have permission to perform this action.' }, 403), wireUser(5)),
        'forbidden',
      );
      expect(error.status).to.equal(403);
    });

    it('404 "User with given email not found." → not_found: the user is gone', async () => {
      const error = await failure(resend(json({ message: 'User with given email not found.' }, 404)), 'not_found');
      expect(error.serverMessage).to.equal('User with given email not found.');
    });
  });

  describe('400 bodies', () => {
    it('a bare array "has already been invited" → already_invited, also under email', async () => {
      const message = 'User 19449 has already been invited to client 42';
      const error = await failure(inviteAnswering(json([message], 400)), 'already_invited');
      expect(error.message).to.equal(message);
      expect(error.serverMessage).to.equal(message);
      expect(error.fieldErrors).to.deep.equal({ email: [message] });
    });

    it('a bare array "cannot be added" → cannot_add', async () => {
      const message = 'This user cannot be added to this client.';
      const error = await failure(inviteAnswering(json([message], 400)), 'cannot_add');
      expect(error.message).to.equal(message);
    });

    it('any other bare array → validation with its text', async () => {
      const error = await failure(inviteAnswering(json(['Something else went wrong.'], 400)), 'validation');
      expect(error.message).to.equal('Something else went wrong.');
      expect(error.fieldErrors).to.equal(undefined);
    });

    it('{errors} with lists, strings and nested objects → validation with widget field names', async () => {
      const error = await failure(
        inviteAnswering(
          json(
            {
              errors: {
                email: ['This field is required'],
                new_email: 'Enter a valid email address',
                name: ['Too long.'],
                lang: ['"fr" is not a valid choice.'],
                user_role: ["Invalid role: OrderedDict([('id', 100), ('name', 'Fake role')])"],
                client_user: { role: ['Invalid role: RoleName'] },
                phone: 'Bad phone.',
              },
            },
            400,
          ),
        ),
        'validation',
      );
      expect(error.fieldErrors).to.deep.equal({
        email: ['This field is required', 'Enter a valid email address'],
        name: ['Too long.'],
        lang: ['"fr" is not a valid choice.'],
        role: ["Invalid role: OrderedDict([('id', 100), ('name', 'Fake role')])"],
        client_user: ['Invalid role: RoleName'],
        phone: ['Bad phone.'],
      });
      expect(error.message).to.equal('This field is required');
      expect(error.status).to.equal(400);
    });

    it('{errors: {groups: "…"}} lands under role', async () => {
      const iam = new FakeIam().on(
        'PATCH /iam/users/8',
        json({ errors: { groups: 'Group matching query does not exist.' } }, 400),
      );
      const error = await failure(adapterFor(iam).updateUser(8, { lang: 'de' }), 'validation');
      expect(error.fieldErrors).to.deep.equal({ role: ['Group matching query does not exist.'] });
    });

    it('a role error saying a token has a higher role → token_role_conflict', async () => {
      const message = 'The specified user has issued a token with a higher role. Try using another role.';
      const iam = new FakeIam().on(
        'PUT /iam/clients/42/client-users/8',
        json({ errors: { user_role: [message] } }, 400),
      );
      const error = await failure(adapterFor(iam).setUserRole(8, 2), 'token_role_conflict');
      expect(error.message).to.equal(message);
      expect(error.fieldErrors).to.deep.equal({ role: [message] });
    });

    it('{message} → validation with that message', async () => {
      const iam = new FakeIam()
        .on('GET /iam/users', json([wireUser(8, { activated: true })]))
        .on('POST /iam/auth/renew_invitation', json({ message: 'This user already activated.' }, 400));
      const error = await failure(adapterFor(iam).resendInvite(8), 'validation');
      expect(error.message).to.equal('This user already activated.');
      expect(error.serverMessage).to.equal('This user already activated.');
    });
  });

  describe('bodies that are not JSON', () => {
    for (const [status, code] of [
      [400, 'validation'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not_found'],
      [502, 'server_error'],
    ] as const) {
      it(`an HTML page with ${status} → ${code}, with a generic message and no markup`, async () => {
        const iam = new FakeIam().on('GET /iam/clients/me', text(HTML_PAGE, status, 'text/html'));
        const error = await failure(adapterFor(iam).getSession(), code);
        expect(error.message).not.to.contain('<');
        expect(error.message).not.to.contain('nginx');
        expect(error.serverMessage).to.equal(undefined);
        expect(error.status).to.equal(status);
      });
    }

    it('an empty 500 → server_error with a generic message', async () => {
      const iam = new FakeIam().on('GET /iam/clients/me', empty(500));
      const error = await failure(adapterFor(iam).getSession(), 'server_error');
      expect(error.message).to.equal('The server failed to process the request.');
    });

    it('plain text with 404 → not_found with a generic message', async () => {
      const iam = new FakeIam().on('DELETE /iam/v2/clients/42/tokens/3', text('API token not found.', 404));
      const error = await failure(adapterFor(iam).deleteApiToken(3), 'not_found');
      expect(error.message).to.equal('The requested item was not found.');
    });

    it('malformed JSON with 400 → validation with a generic message', async () => {
      const error = await failure(
        inviteAnswering(text('{"errors": {"email": [', 400, 'application/json')),
        'validation',
      );
      expect(error.message).to.equal('The server rejected the input.');
    });
  });
});
