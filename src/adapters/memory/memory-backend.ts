import {
  ADMIN_ROLE_ID,
  DAILY_INVITE_LIMIT,
  UsersError,
  getRole,
  isActiveToken,
  isHigherRole,
  mayChangeRole,
  mayInvite,
  mayRemove,
  mayResendInvite,
  editableFields,
  maySeeToken,
  validateInvite,
  validateRoleChange,
  validateUserPatch,
  type ApiToken,
  type DenialReason,
  type InputFieldErrors,
  type InviteInput,
  type InviteResult,
  type Page,
  type RoleId,
  type RowProblem,
  type Session,
  type TokenList,
  type TokenQuery,
  type User,
  type UserPatch,
  type UserQuery,
} from '../../core/index.js';
import { UserCollection } from '../shared/user-query.js';
import { createRandom, fakePerson } from './seed-data.js';

/**
 * An in-memory account that enforces the real Gcore rules: the backend behind the MemoryAdapter
 * (tests, stories) and behind the reference IAM server (demo, HTTP tests).
 *
 * Every action runs as `actorId`, the signed-in user, checks the same permission functions the UI
 * uses, and fails with the UsersError code and the message the Gcore API gives.
 */

export interface MemoryBackendOptions {
  /** The account id (Gcore `client_id`). */
  clientId?: number;
  /** Visible members to seed, fixtures included; any number up to 100,000. */
  userCount?: number;
  seed?: number;
  /** The clock, for the daily invitation limit and token expiry. */
  now?: () => Date;
}

/** Fixtures every seed contains, so tests and stories can name them. */
export const SEED = {
  /** "Ada Lovelace", Administrator, the default signed-in user. */
  adminId: 1,
  /** A second Administrator, so the first is not the last one. */
  secondAdminId: 2,
  /** An Engineer holding an active API token with the Engineers role. */
  engineerId: 3,
  /** A user who never accepted the invitation. */
  notActivatedId: 4,
  /** A plain non-admin (Users role) without tokens. */
  userId: 5,
  /** A member removed from the account; the tokens they issued show them struck through. */
  removedId: 6,
  /** Has a Gcore account elsewhere: inviting it grants access instead of creating an account. */
  externalEmail: 'existing.account@example.org',
  /** The API refuses to add it ("This user cannot be added to this client."). */
  uninvitableEmail: 'blocked@example.org',
} as const;

export const MESSAGES = {
  forbidden: 'You do not have permission to perform this action.',
  notFound: 'User not found.',
  notInAccount: 'User is not found in the specified account.',
  tokenNotFound: 'API token not found.',
  tokensBlockRemoval: "You can't remove the user as they have active tokens",
  tokenRoleConflict: 'The specified user has issued a token with a higher role. Try using another role.',
  cannotAdd: 'This user cannot be added to this client.',
  alreadyActivated: 'This user already activated.',
  dailyLimit: `You can invite up to ${DAILY_INVITE_LIMIT} new users per day. Try again tomorrow.`,
  unauthorized: 'Authentication credentials were not provided or are invalid.',
  alreadyInvited: (userId: number, clientId: number) => `User ${userId} has already been invited to client ${clientId}`,
} as const;

const DENIAL_MESSAGES: Record<DenialReason, string> = {
  not_admin: MESSAGES.forbidden,
  self: "You can't do this to your own user.",
  last_admin: 'The account must keep at least one Administrator.',
  already_activated: MESSAGES.alreadyActivated,
  not_own_row: MESSAGES.forbidden,
  same_role: 'The user already has this role.',
  unknown_role: "The user's current role is not known, so it can't be changed here.",
};

const FIELD_MESSAGES: Record<string, string> = {
  email_required: 'This field is required.',
  email_invalid: 'Enter a valid email address.',
  email_too_long: 'Ensure this field has no more than 254 characters.',
  name_too_long: 'Ensure this field has no more than 255 characters.',
  role_invalid: 'Invalid role.',
  lang_invalid: 'Invalid language.',
};

interface Member {
  user: User;
  removed: boolean;
}

interface TokenRecord {
  id: number;
  name: string;
  description: string | null;
  /** `null`: a token whose role the account no longer knows (listed as "Unknown role"). */
  role: RoleId | null;
  expDate: string | null;
  created: string;
  lastUsage: string | null;
  deleted: boolean;
  issuerId: number;
}

/** A notification the backend "sent", so tests can check what reached the invitee. */
export interface SentEmail {
  readonly to: string;
  readonly kind: 'create-password' | 'access-granted' | 'invitation-resent';
}

const DAY_MS = 86_400_000;

export class MemoryBackend {
  readonly clientId: number;
  /** Every notification sent, oldest first. */
  readonly sentEmails: SentEmail[] = [];
  private readonly now: () => Date;
  private readonly members = new Map<number, Member>();
  private readonly memberIdByEmail = new Map<string, number>();
  private readonly tokens = new Map<number, TokenRecord>();
  private readonly externalAccounts = new Map<string, string | null>();
  private readonly uninvitable = new Set<string>([SEED.uninvitableEmail]);
  /** Invitations sent per administrator per UTC day: "adminId:yyyy-mm-dd" → count. */
  private readonly invitesPerDay = new Map<string, number>();
  private nextUserId = 1;
  private nextTokenId = 1;
  private listing?: Listing;
  /** `listMembers`' answers until the members change. */
  private membersCache: { current?: readonly User[]; withRemoved?: readonly User[] } = {};

  constructor(options: MemoryBackendOptions = {}) {
    this.clientId = options.clientId ?? 42;
    this.now = options.now ?? (() => new Date());
    this.seed(Math.max(5, Math.min(options.userCount ?? 57, 100_000)), options.seed ?? 1);
  }

  // ---- queries -------------------------------------------------------------------------------

  getSession(actorId: number): Session {
    const user = this.actor(actorId);
    return { user, role: user.role };
  }

  getUser(actorId: number, id: number): User {
    this.actor(actorId);
    return this.member(id, MESSAGES.notFound).user;
  }

  /**
   * The members in id order of arrival, removed ones as `deleted: true` when asked. The same array
   * is handed out until the members change, so a server paging through 100,000 of them does not
   * copy them all for every page.
   */
  listMembers(actorId: number, options: { includeDeleted?: boolean } = {}): readonly User[] {
    this.actor(actorId);
    const key = options.includeDeleted ? 'withRemoved' : 'current';
    return (this.membersCache[key] ??= this.collectMembers(options.includeDeleted === true));
  }

  private collectMembers(includeDeleted: boolean): readonly User[] {
    const users: User[] = [];
    for (const member of this.members.values()) {
      if (!member.removed) users.push(member.user);
      else if (includeDeleted) users.push({ ...member.user, deleted: true });
    }
    return users;
  }

  /** Members of unknown role are listed, and named in `problems` on every answer, as a real backend's adapter would. */
  listUsers(actorId: number, query: UserQuery): Page<User> {
    this.actor(actorId);
    const listing = (this.listing ??= listingOf(this.listMembers(actorId)));
    const page = listing.collection.query(query);
    return listing.problems.length > 0 ? { ...page, problems: listing.problems } : page;
  }

  /** The members changed: the next listUsers answers from a new collection; this one stops its idle work. */
  private forgetCollection(): void {
    this.listing?.collection.dispose();
    this.listing = undefined;
    this.membersCache = {};
  }

  findMemberByEmail(email: string): User | undefined {
    const id = this.memberIdByEmail.get(email.trim().toLowerCase());
    const member = id === undefined ? undefined : this.members.get(id);
    return member && !member.removed ? member.user : undefined;
  }

  /** Tokens of unknown role are listed, and named in the list's `problems`. */
  listApiTokens(actorId: number, query: TokenQuery = {}): TokenList {
    const session = this.getSession(actorId);
    const tokens: ApiToken[] = [];
    for (const record of this.tokens.values()) {
      if (!maySeeToken(session, record.issuerId)) continue;
      if (query.issuedBy !== undefined && record.issuerId !== query.issuedBy) continue;
      tokens.push(this.toApiToken(record));
    }
    const problems = tokens.flatMap((token) => (token.role === null ? [{ id: token.id, field: 'role' }] : []));
    return problems.length > 0 ? Object.assign(tokens, { problems }) : tokens;
  }

  // ---- actions -------------------------------------------------------------------------------

  inviteUser(actorId: number, input: InviteInput): InviteResult {
    const session = this.getSession(actorId);
    refuse(mayInvite(session));
    const valid = validateInvite(input);
    if (!valid.ok) throw validationError(valid.fieldErrors);
    const { email, name, role, lang } = valid.value;
    const key = email.toLowerCase();

    const existingId = this.memberIdByEmail.get(key);
    const existing = existingId === undefined ? undefined : this.members.get(existingId);
    if (existing && !existing.removed) {
      const message = MESSAGES.alreadyInvited(existing.user.id, this.clientId);
      throw new UsersError('already_invited', message, { serverMessage: message, fieldErrors: { email: [message] } });
    }
    if (this.uninvitable.has(key)) {
      throw new UsersError('cannot_add', MESSAGES.cannotAdd, { serverMessage: MESSAGES.cannotAdd });
    }
    const dayKey = `${actorId}:${this.now().toISOString().slice(0, 10)}`;
    const sentToday = this.invitesPerDay.get(dayKey) ?? 0;
    if (sentToday >= DAILY_INVITE_LIMIT) {
      throw new UsersError('rate_limited', MESSAGES.dailyLimit, { serverMessage: MESSAGES.dailyLimit });
    }
    this.invitesPerDay.set(dayKey, sentToday + 1);

    // Someone with a Gcore account (a former member, or an account elsewhere) is granted access
    // and notified; anyone else gets a new account and a link to create a password.
    const hasAccount = existing !== undefined || this.externalAccounts.has(key);
    let user: User;
    if (existing) {
      existing.removed = false;
      user = this.replaceUser(existing.user.id, { role, lang: lang ?? existing.user.lang, deleted: false });
    } else {
      user = this.addUser({
        email,
        name: name ?? this.externalAccounts.get(key) ?? null,
        role,
        lang: lang ?? 'en',
        activated: hasAccount,
      });
    }
    this.sentEmails.push({ to: user.email, kind: hasAccount ? 'access-granted' : 'create-password' });
    return { user, outcome: hasAccount ? 'existing' : 'created' };
  }

  updateUser(actorId: number, id: number, patch: UserPatch): User {
    const session = this.getSession(actorId);
    const target = this.member(id, MESSAGES.notFound).user;
    const allowed = editableFields(session, target);
    const changing = (['name', 'lang'] as const).filter((field) => patch[field] !== undefined);
    if (changing.some((field) => !allowed.includes(field))) {
      throw new UsersError('forbidden', MESSAGES.forbidden, { serverMessage: MESSAGES.forbidden, status: 403 });
    }
    const valid = validateUserPatch(patch);
    if (!valid.ok) throw validationError(valid.fieldErrors);
    return this.replaceUser(id, valid.value);
  }

  setUserRole(actorId: number, id: number, role: RoleId): User {
    const session = this.getSession(actorId);
    const valid = validateRoleChange({ role });
    if (!valid.ok) throw validationError(valid.fieldErrors);
    const target = this.member(id, MESSAGES.notInAccount).user;
    if (target.role === role) return target;
    refuse(mayChangeRole(session, target, role, this.facts()));
    // A token of unknown role can't be shown to be higher: it does not block the change.
    const conflicting = this.activeTokensOf(id).filter(
      (token) => token.role !== null && isHigherRole(token.role, role),
    );
    if (conflicting.length > 0) {
      throw new UsersError('token_role_conflict', MESSAGES.tokenRoleConflict, {
        serverMessage: MESSAGES.tokenRoleConflict,
        tokens: conflicting,
      });
    }
    return this.replaceUser(id, { role });
  }

  removeUser(actorId: number, id: number): void {
    const session = this.getSession(actorId);
    const target = this.member(id, MESSAGES.notInAccount);
    refuse(mayRemove(session, target.user, this.facts()));
    const blocking = this.activeTokensOf(id);
    if (blocking.length > 0) {
      throw new UsersError('tokens_block_removal', MESSAGES.tokensBlockRemoval, {
        serverMessage: MESSAGES.tokensBlockRemoval,
        tokens: blocking,
      });
    }
    // Access to this account only: the person and their other accounts are untouched.
    target.removed = true;
    this.forgetCollection();
  }

  resendInvite(actorId: number, id: number): void {
    const session = this.getSession(actorId);
    const target = this.member(id, MESSAGES.notFound).user;
    const decision = mayResendInvite(session, target);
    // The API answers this one with a 400 carrying its own message, not a 403.
    if (!decision.allowed && decision.reason === 'already_activated') {
      throw new UsersError('validation', MESSAGES.alreadyActivated, { serverMessage: MESSAGES.alreadyActivated });
    }
    refuse(decision);
    this.sentEmails.push({ to: target.email, kind: 'invitation-resent' });
  }

  deleteApiToken(actorId: number, id: number): void {
    const session = this.getSession(actorId);
    const record = this.tokens.get(id);
    if (!record || record.deleted || !maySeeToken(session, record.issuerId)) {
      throw new UsersError('not_found', MESSAGES.tokenNotFound, { serverMessage: MESSAGES.tokenNotFound });
    }
    record.deleted = true;
  }

  // ---- seeding helpers (no permission checks) ---------------------------------------------------

  addUser(fields: Partial<User> & { email: string }): User {
    const id = fields.id ?? this.nextUserId;
    this.nextUserId = Math.max(this.nextUserId, id + 1);
    const user: User = Object.freeze({
      name: null,
      lang: 'en',
      role: 2,
      activated: true,
      twoFa: false,
      ...fields,
      id,
      deleted: false,
    });
    this.members.set(id, { user, removed: fields.deleted === true });
    this.memberIdByEmail.set(user.email.toLowerCase(), id);
    this.forgetCollection();
    return user;
  }

  addApiToken(fields: {
    issuerId: number;
    /** Default: the issuer's role; `null` seeds a token of unknown role. */
    role?: RoleId | null;
    name?: string;
    description?: string | null;
    expDate?: string | null;
    lastUsage?: string | null;
    deleted?: boolean;
  }): ApiToken {
    const issuer = this.members.get(fields.issuerId);
    if (!issuer) throw new UsersError('not_found', MESSAGES.notFound);
    const record: TokenRecord = {
      id: this.nextTokenId++,
      name: fields.name ?? `Token ${this.nextTokenId - 1}`,
      description: fields.description ?? null,
      role: fields.role === undefined ? issuer.user.role : fields.role,
      expDate: fields.expDate === undefined ? null : fields.expDate,
      created: new Date(this.now().getTime() - 30 * DAY_MS).toISOString(),
      lastUsage: fields.lastUsage ?? null,
      deleted: fields.deleted ?? false,
      issuerId: fields.issuerId,
    };
    this.tokens.set(record.id, record);
    return this.toApiToken(record);
  }

  addExternalAccount(email: string, name: string | null = null): void {
    this.externalAccounts.set(email.trim().toLowerCase(), name);
  }

  // ---- internals -------------------------------------------------------------------------------

  private actor(actorId: number): User {
    const member = this.members.get(actorId);
    if (!member || member.removed) {
      throw new UsersError('unauthorized', MESSAGES.unauthorized, { serverMessage: MESSAGES.unauthorized });
    }
    return member.user;
  }

  private member(id: number, notFoundMessage: string): Member {
    const member = this.members.get(id);
    if (!member || member.removed) {
      throw new UsersError('not_found', notFoundMessage, { serverMessage: notFoundMessage });
    }
    return member;
  }

  /** Users are immutable values: a change replaces the object, so answers already given stay true to their time. */
  private replaceUser(id: number, changes: Partial<User>): User {
    const member = this.members.get(id)!;
    member.user = Object.freeze({ ...member.user, ...changes });
    this.forgetCollection();
    return member.user;
  }

  private facts(): { adminCount: number } {
    let adminCount = 0;
    for (const member of this.members.values()) {
      if (!member.removed && member.user.role === ADMIN_ROLE_ID) adminCount += 1;
    }
    return { adminCount };
  }

  private activeTokensOf(userId: number): ApiToken[] {
    const tokens: ApiToken[] = [];
    for (const record of this.tokens.values()) {
      if (record.issuerId !== userId) continue;
      const token = this.toApiToken(record);
      if (isActiveToken(token, this.now().getTime())) tokens.push(token);
    }
    return tokens;
  }

  private toApiToken(record: TokenRecord): ApiToken {
    const issuer = this.members.get(record.issuerId)!;
    return {
      id: record.id,
      name: record.name,
      description: record.description,
      role: record.role,
      expDate: record.expDate,
      created: record.created,
      lastUsage: record.lastUsage,
      deleted: record.deleted,
      expired: record.expDate !== null && Date.parse(record.expDate) <= this.now().getTime(),
      issuer: {
        userId: issuer.user.id,
        name: issuer.user.name,
        email: issuer.user.email,
        deleted: issuer.removed,
      },
    };
  }

  private seed(userCount: number, seed: number): void {
    const now = this.now().getTime();
    const inDays = (days: number) => new Date(now + days * DAY_MS).toISOString();
    this.addUser({ email: 'ada.lovelace@example.com', name: 'Ada Lovelace', role: 1, twoFa: true });
    this.addUser({ email: 'grace.hopper@example.com', name: 'Grace Hopper', role: 1, lang: 'de' });
    this.addUser({ email: 'linus.engineer@example.com', name: 'Linus Engineer', role: 5, lang: 'en' });
    this.addUser({ email: 'new.hire@example.com', name: 'Nia Newhire', role: 2, activated: false });
    this.addUser({ email: 'viewer@example.com', name: 'Victor Viewer', role: 2, lang: 'ru' });
    this.addUser({ email: 'former.colleague@example.com', name: 'Fiona Former', role: 5, deleted: true });

    this.addApiToken({
      issuerId: SEED.engineerId,
      name: 'CI deploy',
      description: 'Purges the CDN cache after each release',
      role: 5,
      expDate: inDays(3),
      lastUsage: inDays(-1),
    });
    this.addApiToken({ issuerId: SEED.adminId, name: 'Terraform', role: 1, expDate: null, lastUsage: inDays(-2) });
    this.addApiToken({ issuerId: SEED.adminId, name: 'Old script', role: 2, expDate: inDays(-10) });
    this.addApiToken({ issuerId: SEED.removedId, name: 'Monitoring', role: 5, deleted: true, lastUsage: inDays(-40) });
    this.addApiToken({ issuerId: SEED.removedId, name: 'Log export', role: 2, expDate: inDays(-5) });

    this.addExternalAccount(SEED.externalEmail, 'Existing Account');

    const random = createRandom(seed);
    for (let id = this.nextUserId; this.members.size - 1 < userCount; id += 1) {
      const person = fakePerson(random, id);
      const user = this.addUser({ ...person, id });
      const role = person.role;
      // About one member in twelve holds a token; some tokens are expired or deleted.
      if (random() < 0.08) {
        const roll = random();
        this.addApiToken({
          issuerId: user.id,
          name: `${getRole(role).apiName} automation`,
          role,
          expDate: roll < 0.3 ? null : inDays(Math.round(roll * 400) - 60),
          deleted: roll > 0.9,
          lastUsage: roll < 0.5 ? null : inDays(-Math.round(roll * 20)),
        });
      }
    }
  }
}

/** A collection of the members, and those of them whose role is unknown. */
interface Listing {
  readonly collection: UserCollection;
  readonly problems: readonly RowProblem[];
}

function listingOf(users: readonly User[]): Listing {
  const problems = users.flatMap((user) =>
    user.role === null && !user.deleted ? [{ id: user.id, field: 'role' }] : [],
  );
  return { collection: new UserCollection(users), problems };
}

function refuse(decision: { allowed: boolean; reason?: DenialReason }): void {
  if (decision.allowed) return;
  const message = DENIAL_MESSAGES[decision.reason!];
  throw new UsersError('forbidden', message, { serverMessage: message, status: 403 });
}

function validationError(fieldErrors: InputFieldErrors): UsersError {
  const messages: Record<string, string[]> = {};
  for (const [field, codes] of Object.entries(fieldErrors)) {
    messages[field] = (codes ?? []).map((code) => FIELD_MESSAGES[code] ?? code);
  }
  return new UsersError('validation', Object.values(messages).flat().join(' '), { fieldErrors: messages });
}
