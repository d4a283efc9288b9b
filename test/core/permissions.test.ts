import { expect } from '@open-wc/testing';
import {
  assignableRoles,
  editableFields,
  mayChangeRole,
  mayDeleteToken,
  mayEdit,
  mayInvite,
  mayRemove,
  mayResendInvite,
  maySeeToken,
  roleLockReason,
  type AccountFacts,
  type Decision,
  type DenialReason,
  type EditableField,
  type RoleId,
  type Session,
  type User,
} from '../../src/core/index.js';

/*
 * Every permission function, for each of the five roles as the session, against every kind of
 * target. Expectations are written out cell by cell (design.md "Decisions"), never recomputed
 * from the rule, so a change in any rule shows up as a named failing cell.
 */

const ADMIN = 1;
const ENGINEER = 5;
const PURGE_API_WEB = 3009;
const PURGE_API = 3022;
const USERS = 2;
/** Role order of every `changeRole` tuple below. */
const ROLE_ORDER: readonly RoleId[] = [ADMIN, ENGINEER, PURGE_API_WEB, PURGE_API, USERS];
const ALL_ROLES: RoleId[] = [ADMIN, ENGINEER, PURGE_API_WEB, PURGE_API, USERS];

const SESSION_USER_ID = 100;

function user(id: number, role: RoleId, activated = true): User {
  return {
    id,
    email: `user${id}@example.com`,
    name: `User ${id}`,
    lang: 'en',
    role,
    activated,
    twoFa: false,
    deleted: false,
  };
}

function sessionAs(role: RoleId): Session {
  return { user: user(SESSION_USER_ID, role), role };
}

/** Two Administrators: the session (when it is one) can never be the last. */
const SEVERAL_ADMINS: AccountFacts = { adminCount: 2 };
const ONE_ADMIN: AccountFacts = { adminCount: 1 };

type TargetName =
  | 'self'
  | 'self, the last Administrator'
  | 'another Administrator'
  | 'an Engineer'
  | 'a Purge (API+Web) user'
  | 'a Purge (API) user'
  | 'a Users user'
  | 'the last Administrator'
  | 'another Administrator, facts say one (stale count)'
  | 'a non-activated user';

function targetFor(name: TargetName, sessionRole: RoleId): { target: User; facts: AccountFacts } {
  switch (name) {
    case 'self':
      return { target: user(SESSION_USER_ID, sessionRole), facts: SEVERAL_ADMINS };
    case 'self, the last Administrator':
      return { target: user(SESSION_USER_ID, sessionRole), facts: ONE_ADMIN };
    case 'another Administrator':
      return { target: user(201, ADMIN), facts: SEVERAL_ADMINS };
    case 'an Engineer':
      return { target: user(202, ENGINEER), facts: SEVERAL_ADMINS };
    case 'a Purge (API+Web) user':
      return { target: user(203, PURGE_API_WEB), facts: SEVERAL_ADMINS };
    case 'a Purge (API) user':
      return { target: user(204, PURGE_API), facts: SEVERAL_ADMINS };
    case 'a Users user':
      return { target: user(205, USERS), facts: SEVERAL_ADMINS };
    case 'the last Administrator':
      return { target: user(206, ADMIN), facts: ONE_ADMIN };
    case 'another Administrator, facts say one (stale count)':
      return { target: user(207, ADMIN), facts: ONE_ADMIN };
    case 'a non-activated user':
      return { target: user(208, USERS, false), facts: SEVERAL_ADMINS };
  }
}

/** 'ok' for an allowed decision, otherwise the reason it is denied. */
type Expected = 'ok' | DenialReason;
type ChangeRoleRow = readonly [Expected, Expected, Expected, Expected, Expected];

interface Row {
  readonly editable: readonly EditableField[];
  readonly edit: Expected;
  readonly resend: Expected;
  readonly remove: Expected;
  /** mayChangeRole to Administrators, Engineers, Purge (API+Web), Purge (API), Users. */
  readonly changeRole: ChangeRoleRow;
  readonly assignable: readonly RoleId[];
  readonly lock: DenialReason | undefined;
  /** maySeeToken for a token the target issued. */
  readonly seeToken: boolean;
}

function decision(expected: Expected): Decision {
  return expected === 'ok' ? { allowed: true } : { allowed: false, reason: expected };
}

const NOT_ADMIN_ROLE_CHANGE: ChangeRoleRow = ['not_admin', 'not_admin', 'not_admin', 'not_admin', 'not_admin'];

const ADMIN_TABLE: Partial<Record<TargetName, Row>> = {
  self: {
    editable: ['name', 'role', 'lang'],
    edit: 'ok',
    resend: 'self',
    remove: 'self',
    changeRole: ['same_role', 'self', 'self', 'self', 'self'],
    assignable: [ADMIN],
    lock: 'self',
    seeToken: true,
  },
  'self, the last Administrator': {
    editable: ['name', 'role', 'lang'],
    edit: 'ok',
    resend: 'self',
    remove: 'self',
    changeRole: ['same_role', 'self', 'self', 'self', 'self'],
    assignable: [ADMIN],
    lock: 'self',
    seeToken: true,
  },
  'another Administrator': {
    editable: ['role'],
    edit: 'ok',
    resend: 'already_activated',
    remove: 'ok',
    changeRole: ['same_role', 'ok', 'ok', 'ok', 'ok'],
    assignable: ALL_ROLES,
    lock: undefined,
    seeToken: true,
  },
  'an Engineer': {
    editable: ['role'],
    edit: 'ok',
    resend: 'already_activated',
    remove: 'ok',
    changeRole: ['ok', 'same_role', 'ok', 'ok', 'ok'],
    assignable: ALL_ROLES,
    lock: undefined,
    seeToken: true,
  },
  'a Purge (API+Web) user': {
    editable: ['role'],
    edit: 'ok',
    resend: 'already_activated',
    remove: 'ok',
    changeRole: ['ok', 'ok', 'same_role', 'ok', 'ok'],
    assignable: ALL_ROLES,
    lock: undefined,
    seeToken: true,
  },
  'a Purge (API) user': {
    editable: ['role'],
    edit: 'ok',
    resend: 'already_activated',
    remove: 'ok',
    changeRole: ['ok', 'ok', 'ok', 'same_role', 'ok'],
    assignable: ALL_ROLES,
    lock: undefined,
    seeToken: true,
  },
  'a Users user': {
    editable: ['role'],
    edit: 'ok',
    resend: 'already_activated',
    remove: 'ok',
    changeRole: ['ok', 'ok', 'ok', 'ok', 'same_role'],
    assignable: ALL_ROLES,
    lock: undefined,
    seeToken: true,
  },
  // Can't happen with a true count while the session is an Administrator; the rule still guards it.
  'another Administrator, facts say one (stale count)': {
    editable: ['role'],
    edit: 'ok',
    resend: 'already_activated',
    remove: 'last_admin',
    changeRole: ['same_role', 'last_admin', 'last_admin', 'last_admin', 'last_admin'],
    assignable: [ADMIN],
    lock: 'last_admin',
    seeToken: true,
  },
  'a non-activated user': {
    editable: ['role'],
    edit: 'ok',
    resend: 'ok',
    remove: 'ok',
    changeRole: ['ok', 'ok', 'ok', 'ok', 'same_role'],
    assignable: ALL_ROLES,
    lock: undefined,
    seeToken: true,
  },
};

/** The same for every non-admin role except `self`'s assignable role, which is the session's own. */
function nonAdminTable(ownRole: RoleId): Partial<Record<TargetName, Row>> {
  const othersRow = (role: RoleId): Row => ({
    editable: [],
    edit: 'not_own_row',
    resend: 'not_admin',
    remove: 'not_admin',
    changeRole: NOT_ADMIN_ROLE_CHANGE,
    assignable: [role],
    lock: 'not_admin',
    seeToken: false,
  });
  return {
    self: {
      editable: ['name', 'lang'],
      edit: 'ok',
      resend: 'not_admin',
      remove: 'not_admin',
      changeRole: NOT_ADMIN_ROLE_CHANGE,
      assignable: [ownRole],
      lock: 'not_admin',
      seeToken: true,
    },
    'another Administrator': othersRow(ADMIN),
    'an Engineer': othersRow(ENGINEER),
    'a Purge (API+Web) user': othersRow(PURGE_API_WEB),
    'a Purge (API) user': othersRow(PURGE_API),
    'a Users user': othersRow(USERS),
    'the last Administrator': othersRow(ADMIN),
    'a non-activated user': othersRow(USERS),
  };
}

const SESSIONS: ReadonlyArray<{
  name: string;
  role: RoleId;
  invite: Expected;
  deleteToken: Expected;
  table: Partial<Record<TargetName, Row>>;
}> = [
  { name: 'Administrator', role: ADMIN, invite: 'ok', deleteToken: 'ok', table: ADMIN_TABLE },
  { name: 'Engineer', role: ENGINEER, invite: 'not_admin', deleteToken: 'not_own_row', table: nonAdminTable(ENGINEER) },
  {
    name: 'Purge (API+Web)',
    role: PURGE_API_WEB,
    invite: 'not_admin',
    deleteToken: 'not_own_row',
    table: nonAdminTable(PURGE_API_WEB),
  },
  {
    name: 'Purge (API)',
    role: PURGE_API,
    invite: 'not_admin',
    deleteToken: 'not_own_row',
    table: nonAdminTable(PURGE_API),
  },
  { name: 'Users', role: USERS, invite: 'not_admin', deleteToken: 'not_own_row', table: nonAdminTable(USERS) },
];

describe('permissions', () => {
  for (const { name, role, invite, deleteToken, table } of SESSIONS) {
    describe(`signed in as ${name}`, () => {
      const session = sessionAs(role);

      it(`mayInvite is ${invite}`, () => {
        expect(mayInvite(session)).to.deep.equal(decision(invite));
      });

      it(`mayDeleteToken: someone else's token is ${deleteToken}, an own token allowed`, () => {
        const othersToken = { issuer: { userId: session.user.id + 1000 } };
        expect(mayDeleteToken(session, othersToken)).to.deep.equal(decision(deleteToken));
        expect(mayDeleteToken(session, { issuer: { userId: session.user.id } })).to.deep.equal(decision('ok'));
      });

      for (const [targetName, row] of Object.entries(table) as Array<[TargetName, Row]>) {
        describe(`target: ${targetName}`, () => {
          const { target, facts } = targetFor(targetName, role);

          it(`editableFields = [${row.editable.join(', ')}]`, () => {
            expect(editableFields(session, target)).to.deep.equal(row.editable);
          });

          it(`mayEdit is ${row.edit}`, () => {
            expect(mayEdit(session, target)).to.deep.equal(decision(row.edit));
          });

          it(`mayResendInvite is ${row.resend}`, () => {
            expect(mayResendInvite(session, target)).to.deep.equal(decision(row.resend));
          });

          it(`mayRemove is ${row.remove}`, () => {
            expect(mayRemove(session, target, facts)).to.deep.equal(decision(row.remove));
          });

          ROLE_ORDER.forEach((newRole, index) => {
            const expected = row.changeRole[index]!;
            it(`mayChangeRole to ${newRole} is ${expected}`, () => {
              expect(mayChangeRole(session, target, newRole, facts)).to.deep.equal(decision(expected));
            });
          });

          it(`assignableRoles = [${row.assignable.join(', ')}]`, () => {
            expect(assignableRoles(session, target, facts)).to.deep.equal(row.assignable);
          });

          it(`roleLockReason is ${row.lock ?? 'none'}`, () => {
            expect(roleLockReason(session, target, facts)).to.equal(row.lock);
          });

          it(`maySeeToken issued by the target is ${row.seeToken}`, () => {
            expect(maySeeToken(session, target.id)).to.equal(row.seeToken);
          });
        });
      }
    });
  }

  it('covers every kind of target for every session', () => {
    // Guards the tables themselves: a row left out would silently test nothing.
    const shared: TargetName[] = [
      'self',
      'an Engineer',
      'a Purge (API+Web) user',
      'a Purge (API) user',
      'a Users user',
      'a non-activated user',
      'another Administrator',
    ];
    for (const { name, table } of SESSIONS) {
      for (const target of shared) expect(table, `${name} × ${target}`).to.have.property(target);
      const lastAdmin = name === 'Administrator' ? 'self, the last Administrator' : 'the last Administrator';
      expect(table, `${name} × last admin`).to.have.property(lastAdmin);
    }
  });
});
