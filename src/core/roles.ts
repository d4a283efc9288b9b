/**
 * The five fixed Gcore IAM roles ("groups"), highest privilege first.
 * Ids and API names are exactly those of the IAM API; the order is the one the portal shows
 * and the one that decides which role wins when a user holds several.
 */
export const ROLES = [
  {
    id: 1,
    key: 'administrators',
    apiName: 'Administrators',
    description:
      'Have full rights and the ability to invite and manage users. An Administrator can create API tokens with all roles listed below, including "Administrators."',
  },
  {
    id: 5,
    key: 'engineers',
    apiName: 'Engineers',
    description:
      'Have rights to manage settings, billing details, and personal information. An Engineer can create API tokens with all roles listed below, including "Engineers."',
  },
  {
    id: 3009,
    key: 'purgeApiWeb',
    apiName: 'Purge and Prefetch only (API+Web)',
    description:
      'Have rights to Purge and Prefetch in the control panel and via API and the ability to view settings and statistics. A user with this role can create API tokens with all roles listed below, including "Purge and Prefetch only (API+Web)."',
  },
  {
    id: 3022,
    key: 'purgeApi',
    apiName: 'Purge and Prefetch only (API)',
    description:
      'Have rights to Purge and Prefetch via API. A user with this role can create API tokens with the "Users" and "Purge and Prefetch only (API)" roles.',
  },
  {
    id: 2,
    key: 'users',
    apiName: 'Users',
    description:
      'Have view-only access to settings and statistics. A user with this role can create API tokens with the "Users" role.',
  },
] as const;

export type Role = (typeof ROLES)[number];
export type RoleId = Role['id'];
export type RoleKey = Role['key'];
export type RoleApiName = Role['apiName'];

export const ROLE_IDS: readonly RoleId[] = ROLES.map((role) => role.id);
export const ADMIN_ROLE_ID: RoleId = 1;
/** What an invitation preselects: the least privileged role. */
export const DEFAULT_INVITE_ROLE_ID: RoleId = 2;

const rankById = new Map<number, number>(ROLES.map((role, index) => [role.id, index]));
const roleById = new Map<number, Role>(ROLES.map((role) => [role.id, role]));
const roleByApiName = new Map<string, Role>(ROLES.map((role) => [role.apiName, role]));

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'number' && rankById.has(value);
}

export function getRole(id: RoleId): Role {
  return roleById.get(id)!;
}

export function findRoleByApiName(name: string): Role | undefined {
  return roleByApiName.get(name);
}

/** 0 for Administrators, 4 for Users: a smaller rank is more privilege. */
export function roleRank(id: RoleId): number {
  return rankById.get(id)!;
}

/** True when `a` grants more rights than `b`. */
export function isHigherRole(a: RoleId, b: RoleId): boolean {
  return roleRank(a) < roleRank(b);
}

/**
 * The role that applies when a user holds several ("the role with more rights will be valid").
 * Unknown ids are ignored; undefined when none is known.
 */
export function effectiveRole(ids: Iterable<number>): RoleId | undefined {
  let best: RoleId | undefined;
  for (const id of ids) {
    if (isRoleId(id) && (best === undefined || isHigherRole(id, best))) best = id;
  }
  return best;
}
