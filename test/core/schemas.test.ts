import { expect } from '@open-wc/testing';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  apiTokenListSchema,
  apiTokenSchema,
  firstIssuePath,
  inviteInputSchema,
  inviteResultSchema,
  sessionSchema,
  userPageSchema,
  userSchema,
  validateInvite,
  validateRoleChange,
  validateUserPatch,
} from '../../src/core/index.js';

/** A syntactically valid address exactly `length` characters long (64-char local part, 63-char labels). */
function emailOfLength(length: number): string {
  const local = 'a'.repeat(64);
  let domainLength = length - local.length - 1 - '.com'.length;
  const labels: string[] = [];
  while (domainLength > 0) {
    const label = Math.min(63, domainLength);
    labels.push('b'.repeat(label));
    domainLength -= label + 1;
  }
  const email = `${local}@${labels.join('.')}.com`;
  if (email.length !== length) throw new Error(`emailOfLength(${length}) made ${email.length} characters`);
  return email;
}

/** What any of the output schemas' `safeParse` returns, as far as these tests look. */
type ParseOutcome = { success: true } | { success: false; error: Parameters<typeof firstIssuePath>[0] };

const validUser = {
  id: 12,
  email: 'ann@example.com',
  name: null,
  lang: 'az',
  role: 3009,
  activated: true,
  twoFa: false,
  deleted: false,
};

const validToken = {
  id: 7,
  name: 'deploy',
  description: null,
  role: 5,
  expDate: null,
  created: '2026-01-01T00:00:00Z',
  lastUsage: null,
  deleted: false,
  expired: false,
  issuer: { userId: 12, name: null, email: 'ann@example.com', deleted: true },
};

describe('validateInvite', () => {
  it('accepts a complete invitation, trimming email and name', () => {
    expect(validateInvite({ email: '  ann@example.com ', name: '  Ann Lee ', role: 5, lang: 'de' })).to.deep.equal({
      ok: true,
      value: { email: 'ann@example.com', name: 'Ann Lee', role: 5, lang: 'de' },
    });
  });

  it('accepts an email and a role alone', () => {
    expect(validateInvite({ email: 'ann@example.com', role: 2 })).to.deep.equal({
      ok: true,
      value: { email: 'ann@example.com', role: 2 },
    });
  });

  it('drops an empty or blank name rather than sending ""', () => {
    for (const name of ['', '   ']) {
      const result = validateInvite({ email: 'ann@example.com', name, role: 2 });
      expect(result, JSON.stringify(name)).to.deep.equal({ ok: true, value: { email: 'ann@example.com', role: 2 } });
      expect(result.ok && 'name' in result.value, 'name key present').to.equal(false);
    }
  });

  const emailCases: ReadonlyArray<[label: string, email: unknown, code: string]> = [
    ['missing', undefined, 'email_required'],
    ['empty', '', 'email_required'],
    ['blank', '   ', 'email_required'],
    ['not a string', 42, 'email_required'],
    ['without @', 'ann.example.com', 'email_invalid'],
    ['without domain', 'ann@', 'email_invalid'],
    ['with a space inside', 'ann lee@example.com', 'email_invalid'],
    [`longer than ${EMAIL_MAX_LENGTH}`, emailOfLength(EMAIL_MAX_LENGTH + 1), 'email_too_long'],
  ];
  for (const [label, email, code] of emailCases) {
    it(`rejects an email ${label} with exactly ${code}`, () => {
      expect(validateInvite({ email, role: 2 })).to.deep.equal({ ok: false, fieldErrors: { email: [code] } });
    });
  }

  it(`accepts an email of exactly ${EMAIL_MAX_LENGTH} characters`, () => {
    const email = emailOfLength(EMAIL_MAX_LENGTH);
    expect(validateInvite({ email, role: 2 })).to.deep.equal({ ok: true, value: { email, role: 2 } });
  });

  it(`measures the email length after trimming`, () => {
    const email = emailOfLength(EMAIL_MAX_LENGTH);
    expect(validateInvite({ email: `  ${email}  `, role: 2 }).ok).to.equal(true);
  });

  it(`accepts a name of ${NAME_MAX_LENGTH} characters and rejects one more with name_too_long`, () => {
    const longest = 'n'.repeat(NAME_MAX_LENGTH);
    expect(validateInvite({ email: 'a@example.com', name: `  ${longest}  `, role: 2 })).to.deep.equal({
      ok: true,
      value: { email: 'a@example.com', name: longest, role: 2 },
    });
    expect(validateInvite({ email: 'a@example.com', name: `${longest}n`, role: 2 })).to.deep.equal({
      ok: false,
      fieldErrors: { name: ['name_too_long'] },
    });
  });

  for (const role of [undefined, 0, 4, 999, '1', null]) {
    it(`rejects role ${JSON.stringify(role)} with role_invalid`, () => {
      expect(validateInvite({ email: 'a@example.com', role })).to.deep.equal({
        ok: false,
        fieldErrors: { role: ['role_invalid'] },
      });
    });
  }

  for (const role of [1, 5, 3009, 3022, 2]) {
    it(`accepts role ${role}`, () => {
      expect(validateInvite({ email: 'a@example.com', role }).ok).to.equal(true);
    });
  }

  // `az` exists in the API and may be shown, but is never offered.
  for (const lang of ['az', 'fr', 'EN', '', 3]) {
    it(`rejects language ${JSON.stringify(lang)} with lang_invalid`, () => {
      expect(validateInvite({ email: 'a@example.com', role: 2, lang })).to.deep.equal({
        ok: false,
        fieldErrors: { lang: ['lang_invalid'] },
      });
    });
  }

  it('reports every invalid field at once', () => {
    expect(validateInvite({ email: 'nope', name: 'n'.repeat(NAME_MAX_LENGTH + 1), role: 7, lang: 'fr' })).to.deep.equal(
      {
        ok: false,
        fieldErrors: {
          email: ['email_invalid'],
          name: ['name_too_long'],
          role: ['role_invalid'],
          lang: ['lang_invalid'],
        },
      },
    );
  });

  it('judges something that is not an object as an empty form', () => {
    for (const input of [null, undefined, 'ann@example.com']) {
      expect(validateInvite(input), String(input)).to.deep.equal({
        ok: false,
        fieldErrors: { email: ['email_required'], role: ['role_invalid'] },
      });
    }
  });
});

describe('validateUserPatch', () => {
  it('accepts an empty patch', () => {
    expect(validateUserPatch({})).to.deep.equal({ ok: true, value: {} });
  });

  it('trims the name and keeps the language', () => {
    expect(validateUserPatch({ name: '  Ann  ', lang: 'zh' })).to.deep.equal({
      ok: true,
      value: { name: 'Ann', lang: 'zh' },
    });
  });

  it('turns an empty, blank or null name into null (no name)', () => {
    for (const name of ['', '  ', null]) {
      expect(validateUserPatch({ name }), JSON.stringify(name)).to.deep.equal({ ok: true, value: { name: null } });
    }
  });

  it('rejects a long name with name_too_long and an unoffered language with lang_invalid', () => {
    expect(validateUserPatch({ name: 'n'.repeat(NAME_MAX_LENGTH + 1), lang: 'az' })).to.deep.equal({
      ok: false,
      fieldErrors: { name: ['name_too_long'], lang: ['lang_invalid'] },
    });
  });
});

describe('validateRoleChange', () => {
  it('accepts each of the five roles', () => {
    for (const role of [1, 5, 3009, 3022, 2]) {
      expect(validateRoleChange({ role })).to.deep.equal({ ok: true, value: { role } });
    }
  });

  it('rejects a missing or unknown role with role_invalid', () => {
    for (const input of [{}, { role: 3 }, { role: 'Administrators' }]) {
      expect(validateRoleChange(input), JSON.stringify(input)).to.deep.equal({
        ok: false,
        fieldErrors: { role: ['role_invalid'] },
      });
    }
  });
});

describe('inviteInputSchema', () => {
  it('is the schema validateInvite applies', () => {
    expect(inviteInputSchema.safeParse({ email: 'a@example.com', role: 2 }).success).to.equal(true);
    expect(inviteInputSchema.safeParse({ email: 'a@example.com', role: 6 }).success).to.equal(false);
  });
});

describe('output schemas', () => {
  it('accept well-formed answers, including the API-only language az and a deleted issuer', () => {
    expect(userSchema.safeParse(validUser).success).to.equal(true);
    expect(userPageSchema.safeParse({ items: [validUser], total: 31 }).success).to.equal(true);
    expect(sessionSchema.safeParse({ user: validUser, role: 3009 }).success).to.equal(true);
    expect(inviteResultSchema.safeParse({ user: validUser, outcome: 'existing' }).success).to.equal(true);
    expect(apiTokenSchema.safeParse(validToken).success).to.equal(true);
    expect(apiTokenListSchema.safeParse([validToken, validToken]).success).to.equal(true);
  });

  it('accept an unknown role (null) on users, sessions and tokens, and a page naming its unreadable rows', () => {
    const unknown = { ...validUser, role: null };
    expect(userSchema.safeParse(unknown).success).to.equal(true);
    expect(sessionSchema.safeParse({ user: unknown, role: null }).success).to.equal(true);
    expect(apiTokenSchema.safeParse({ ...validToken, role: null }).success).to.equal(true);
    const page = { items: [unknown], total: 1, problems: [{ id: 12, field: 'groups' }, { field: 'groups' }] };
    expect(userPageSchema.safeParse(page).success).to.equal(true);
  });

  const wrongShapes: ReadonlyArray<[label: string, parse: () => ParseOutcome, path: string]> = [
    ['a user with a string id', () => userSchema.safeParse({ ...validUser, id: '12' }), 'id'],
    ['a user with a fractional id', () => userSchema.safeParse({ ...validUser, id: 1.5 }), 'id'],
    ['a user without an email', () => userSchema.safeParse({ ...validUser, email: undefined }), 'email'],
    ['a user with name undefined', () => userSchema.safeParse({ ...validUser, name: undefined }), 'name'],
    ['a user with an unknown language', () => userSchema.safeParse({ ...validUser, lang: 'fr' }), 'lang'],
    ['a user with an unknown role', () => userSchema.safeParse({ ...validUser, role: 4 }), 'role'],
    ['a user with activated as a string', () => userSchema.safeParse({ ...validUser, activated: 'yes' }), 'activated'],
    [
      'a page whose fourth user has a numeric email',
      () =>
        userPageSchema.safeParse({
          items: [validUser, validUser, validUser, { ...validUser, email: 5 }],
          total: 4,
        }),
      'items.3.email',
    ],
    ['a page with a negative total', () => userPageSchema.safeParse({ items: [], total: -1 }), 'total'],
    ['a page that is an array', () => userPageSchema.safeParse([validUser]), '(root)'],
    [
      'a session whose user has no role field',
      () => sessionSchema.safeParse({ user: { ...validUser, role: undefined }, role: 1 }),
      'user.role',
    ],
    [
      'a page whose problem names no field',
      () => userPageSchema.safeParse({ items: [], total: 0, problems: [{ id: 3 }] }),
      'problems.0.field',
    ],
    [
      'a page whose problem has a string id',
      () => userPageSchema.safeParse({ items: [], total: 0, problems: [{ id: '3', field: 'groups' }] }),
      'problems.0.id',
    ],
    [
      'an invite result with an unknown outcome',
      () => inviteResultSchema.safeParse({ user: validUser, outcome: 'sent' }),
      'outcome',
    ],
    [
      'a token whose issuer lacks the deleted flag',
      () => apiTokenSchema.safeParse({ ...validToken, issuer: { ...validToken.issuer, deleted: undefined } }),
      'issuer.deleted',
    ],
    ['a token with a numeric expiry', () => apiTokenSchema.safeParse({ ...validToken, expDate: 0 }), 'expDate'],
    [
      'a token list whose second token has no name',
      () => apiTokenListSchema.safeParse([validToken, { ...validToken, name: null }]),
      '1.name',
    ],
    ['null instead of a token list', () => apiTokenListSchema.safeParse(null), '(root)'],
  ];
  for (const [label, parse, path] of wrongShapes) {
    it(`reject ${label}, and firstIssuePath names ${path}`, () => {
      const result = parse();
      expect(result.success).to.equal(false);
      if (!result.success) expect(firstIssuePath(result.error)).to.equal(path);
    });
  }
});
