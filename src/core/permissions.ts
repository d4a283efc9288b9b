import { ADMIN_ROLE_ID, ROLE_IDS, type RoleId } from './roles.js';
import type { Session, TokenIssuer, User } from './types.js';

/**
 * Who may do what, as pure functions of the session, the target and how many Administrators the
 * account has. The UI uses them to decide which controls exist; the MemoryAdapter enforces the
 * same functions, so the widget and the reference backend can't drift apart.
 *
 * Rules (design.md, "Decisions"): only Administrators invite, resend, remove and change roles;
 * nobody removes or demotes themselves; the last Administrator can't be removed or demoted; an
 * Administrator edits name, role and language on their own row and only the role on others';
 * a non-admin edits their own name and language; email is never edited here.
 */

export type EditableField = 'name' | 'lang' | 'role';

export type DenialReason = 'not_admin' | 'self' | 'last_admin' | 'already_activated' | 'not_own_row' | 'same_role';

export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reason: DenialReason };

/** Facts about the account the rules need beyond session and target. */
export interface AccountFacts {
  /** Administrators in the account, the signed-in one included. */
  readonly adminCount: number;
}

const ALLOW: Decision = { allowed: true };
const deny = (reason: DenialReason): Decision => ({ allowed: false, reason });

export function isAdmin(session: Session): boolean {
  return session.role === ADMIN_ROLE_ID;
}

export function isSelf(session: Session, target: Pick<User, 'id'>): boolean {
  return session.user.id === target.id;
}

function isLastAdmin(target: Pick<User, 'role'>, facts: AccountFacts): boolean {
  return target.role === ADMIN_ROLE_ID && facts.adminCount <= 1;
}

export function mayInvite(session: Session): Decision {
  return isAdmin(session) ? ALLOW : deny('not_admin');
}

export function mayResendInvite(session: Session, target: Pick<User, 'id' | 'activated'>): Decision {
  if (!isAdmin(session)) return deny('not_admin');
  if (isSelf(session, target)) return deny('self');
  if (target.activated) return deny('already_activated');
  return ALLOW;
}

export function mayRemove(session: Session, target: Pick<User, 'id' | 'role'>, facts: AccountFacts): Decision {
  if (!isAdmin(session)) return deny('not_admin');
  if (isSelf(session, target)) return deny('self');
  if (isLastAdmin(target, facts)) return deny('last_admin');
  return ALLOW;
}

/** May `target` be given `role`? Promotions are fine; demoting yourself or the last admin is not. */
export function mayChangeRole(
  session: Session,
  target: Pick<User, 'id' | 'role'>,
  role: RoleId,
  facts: AccountFacts,
): Decision {
  if (!isAdmin(session)) return deny('not_admin');
  if (role === target.role) return deny('same_role');
  if (isSelf(session, target)) return deny('self');
  if (isLastAdmin(target, facts)) return deny('last_admin');
  return ALLOW;
}

/** The roles the role field may offer for `target`: its current one plus every allowed change. */
export function assignableRoles(session: Session, target: Pick<User, 'id' | 'role'>, facts: AccountFacts): RoleId[] {
  return ROLE_IDS.filter((role) => role === target.role || mayChangeRole(session, target, role, facts).allowed);
}

/** Why the role of `target` can't change at all, or undefined when some change is possible. */
export function roleLockReason(
  session: Session,
  target: Pick<User, 'id' | 'role'>,
  facts: AccountFacts,
): DenialReason | undefined {
  if (!isAdmin(session)) return 'not_admin';
  if (assignableRoles(session, target, facts).length > 1) return undefined;
  return isSelf(session, target) ? 'self' : 'last_admin';
}

/**
 * The fields the edit form lets the session change on `target`. The role is listed for an
 * Administrator on any row; whether a different role may be picked is `assignableRoles`' answer.
 */
export function editableFields(session: Session, target: Pick<User, 'id'>): readonly EditableField[] {
  const self = isSelf(session, target);
  if (isAdmin(session)) return self ? ['name', 'role', 'lang'] : ['role'];
  return self ? ['name', 'lang'] : [];
}

export function mayEdit(session: Session, target: Pick<User, 'id'>): Decision {
  if (editableFields(session, target).length > 0) return ALLOW;
  return deny(isAdmin(session) ? 'self' : 'not_own_row');
}

/** Administrators see every token of the account; other users only the ones they issued. */
export function maySeeToken(session: Session, issuerId: number): boolean {
  return isAdmin(session) || session.user.id === issuerId;
}

/**
 * Administrators delete any token of the account; every other user deletes the tokens they issued
 * themselves, as the Gcore documentation lets them ("users can delete their own tokens").
 */
export function mayDeleteToken(session: Session, token: { readonly issuer: Pick<TokenIssuer, 'userId'> }): Decision {
  if (isAdmin(session) || session.user.id === token.issuer.userId) return ALLOW;
  return deny('not_own_row');
}
