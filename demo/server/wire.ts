import { findRoleByApiName, getRole, isRoleId, type ApiToken, type RoleId, type User } from '../../src/core/index.js';

/**
 * Domain objects → the Gcore IAM wire shapes (users-domain.md §2, §4; gcore-iam-api.yaml `User`,
 * `TokenResponse`). Every field the spec marks required is present, in the spec's snake_case, so a
 * client that validates strictly sees exactly what the real API sends.
 */

/** `Group`: both fields are optional in the description; `{}` is a role the account no longer names. */
export interface WireGroup {
  id?: number;
  name?: string;
}

export interface WireClientAndRoles {
  client_id: number;
  client_company_name: string;
  user_id: number;
  /** String role ids, e.g. `["2"]`, as the real API sends them. */
  user_roles: string[];
}

/** `UserPublic`: what `GET /iam/users/{id}` answers. */
export interface WireUserPublic {
  id: number;
  email: string;
  name: string | null;
  lang: string;
  phone: string | null;
  company: string;
  reseller: number;
  client: number;
  deleted: boolean;
  groups: WireGroup[];
  activated: boolean;
  sso_auth: boolean;
  two_fa: boolean;
  auth_types: string[];
  user_type: 'common' | 'reseller' | 'seller';
  is_active: boolean;
}

/** `User`: list items, `/iam/users/me` and the PATCH answer. */
export interface WireUser extends WireUserPublic {
  client_and_roles: WireClientAndRoles[];
}

/** `BaseUser`: the items of `ClientBase.users` (no field is required by the description; all are sent). */
export type WireBaseUser = Omit<WireUserPublic, 'user_type' | 'is_active'>;

/** `ClientBase`: what `GET /iam/clients/me` answers, every required field present. */
export interface WireAccountDetails {
  id: number;
  users: WireBaseUser[];
  email: string;
  phone: string | null;
  name: string | null;
  status: 'active';
  companyName: string;
  website: string;
  currentUser: number;
  capabilities: string[];
  serviceStatuses: Record<string, { status: string; enabled: boolean }>;
  paidFeatures: Record<string, unknown[]>;
  freeFeatures: Record<string, unknown[]>;
  entryBaseDomain: string | null;
  signup_process: null;
  deleted: boolean;
  bill_type: string;
  custom_id: string | null;
  country_code: string;
  is_test: boolean;
  has_active_admin: boolean;
}

export interface WireToken {
  id: number;
  name: string;
  description: string | null;
  exp_date: string | null;
  created: string;
  last_usage: string | null;
  deleted: boolean;
  expired: boolean;
  client_user: {
    deleted: boolean;
    user_id: number;
    user_name: string;
    user_email: string;
    client_id: number;
    role: WireGroup;
  };
}

/** What the wire mapping needs to know about the account the user is seen from. */
export interface WireAccount {
  clientId: number;
  companyName: string;
}

/** The reseller every reference account belongs to; the real value is opaque to the widget. */
export const REFERENCE_RESELLER_ID = 1;

/** A known role as `{id, name}`; an unknown one (`null`) as `{}`, which the description allows. */
export function toWireGroup(role: RoleId | null): WireGroup {
  return role === null ? {} : { id: role, name: getRole(role).apiName };
}

/** `UserGroups`: empty for a member of unknown role (the description sets no minimum length). */
function toWireGroups(role: RoleId | null): WireGroup[] {
  return role === null ? [] : [toWireGroup(role)];
}

export function toWireUserPublic(user: User, account: WireAccount): WireUserPublic {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    lang: user.lang,
    phone: user.phone ?? null,
    company: user.company ?? account.companyName,
    reseller: REFERENCE_RESELLER_ID,
    client: account.clientId,
    deleted: user.deleted,
    groups: toWireGroups(user.role),
    activated: user.activated,
    sso_auth: user.ssoAuth ?? false,
    two_fa: user.twoFa,
    auth_types: user.ssoAuth ? ['password', 'sso'] : ['password'],
    user_type: 'common',
    // Undefined in the spec ("User activity flag"); here: still has access to the account.
    is_active: !user.deleted,
  };
}

export function toWireUser(user: User, account: WireAccount): WireUser {
  return {
    ...toWireUserPublic(user, account),
    // A removed member no longer holds a role in this account; one of unknown role holds none known.
    client_and_roles: user.deleted
      ? []
      : [
          {
            client_id: account.clientId,
            client_company_name: account.companyName,
            user_id: user.id,
            user_roles: user.role === null ? [] : [String(user.role)],
          },
        ],
  };
}

export function toWireBaseUser(user: User, account: WireAccount): WireBaseUser {
  const { user_type: _type, is_active: _active, ...base } = toWireUserPublic(user, account);
  return base;
}

/**
 * `ClientBase` for `members` as `currentUser` sees them. The properties come in the description's
 * order, which puts the (possibly huge) `users` before `currentUser`: a client can't count on
 * reading the signed-in user's id from the first bytes.
 */
export function toWireAccountDetails(
  members: readonly User[],
  currentUser: User,
  account: WireAccount,
  users: WireBaseUser[] = members.map((member) => toWireBaseUser(member, account)),
): WireAccountDetails {
  const services = ['CDN', 'STORAGE', 'STREAMING', 'DNS', 'DDOS', 'CLOUD'];
  return {
    id: account.clientId,
    users,
    email: `owner@account-${account.clientId}.example.com`,
    phone: null,
    name: null,
    status: 'active',
    companyName: account.companyName,
    website: '',
    currentUser: currentUser.id,
    capabilities: services,
    serviceStatuses: Object.fromEntries(services.map((service) => [service, { status: 'active', enabled: true }])),
    paidFeatures: {},
    freeFeatures: {},
    entryBaseDomain: null,
    signup_process: null,
    deleted: false,
    bill_type: 'postpaid',
    custom_id: null,
    country_code: 'LU',
    is_test: true,
    has_active_admin: members.some((member) => !member.deleted && member.role === 1),
  };
}

/**
 * `toWireAccountDetails` as JSON text, its `users` given already serialized: at 100,000 members
 * they are 29 MB, serialized once while the members stay the same instead of on every request.
 */
export function accountDetailsJson(
  members: readonly User[],
  currentUser: User,
  account: WireAccount,
  usersJson: string,
): string {
  // A value no real field holds, replaced by the serialized users once the rest is serialized.
  const placeholder = '\u0000users';
  const details = toWireAccountDetails(members, currentUser, account, []);
  const text = JSON.stringify({ ...details, users: placeholder });
  return text.replace(JSON.stringify(placeholder), () => usersJson);
}

export function toWireToken(token: ApiToken, clientId: number): WireToken {
  return {
    id: token.id,
    name: token.name,
    description: token.description,
    exp_date: token.expDate,
    created: token.created,
    last_usage: token.lastUsage,
    deleted: token.deleted,
    expired: token.expired,
    client_user: {
      deleted: token.issuer.deleted,
      user_id: token.issuer.userId,
      // The spec types it as a string; a member without a name has an empty one.
      user_name: token.issuer.name ?? '',
      user_email: token.issuer.email,
      client_id: clientId,
      role: toWireGroup(token.role),
    },
  };
}

/**
 * A wire `Group` (`{id, name}`, either may be omitted) → a role id. Undefined when it names no known
 * role, or when id and name disagree.
 */
export function parseWireRole(value: unknown): RoleId | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id, name } = value as { id?: unknown; name?: unknown };
  const byId = id === undefined || id === null ? undefined : isRoleId(id) ? id : null;
  const byName =
    name === undefined || name === null
      ? undefined
      : typeof name === 'string'
        ? (findRoleByApiName(name)?.id ?? null)
        : null;
  if (byId === null || byName === null) return undefined;
  if (byId !== undefined && byName !== undefined && byId !== byName) return undefined;
  return byId ?? byName;
}

/**
 * Python's repr of a parsed JSON value, for the real API's `Invalid role: OrderedDict([('id', 100),
 * ('name', 'Fake role')])` message (Django REST Framework formats the received value that way).
 */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (typeof value === 'object') {
    const items = Object.entries(value).map(([key, item]) => `(${pythonRepr(key)}, ${pythonRepr(item)})`);
    return `OrderedDict([${items.join(', ')}])`;
  }
  return String(value);
}
