import {
  isActiveToken,
  mayChangeRole,
  mayRemove,
  mayResendInvite,
  type AccountFacts,
  type ApiToken,
  type DenialReason,
  type RoleId,
  type Session,
  type User,
} from '../../../core/index.js';

export type BulkActionKind = 'setRole' | 'resendInvite' | 'remove';

export type BulkAction =
  { readonly kind: 'setRole'; readonly role: RoleId } | { readonly kind: 'resendInvite' } | { readonly kind: 'remove' };

/** Why a selected user is left out, known before anything is sent. */
export type SkipReason = DenialReason | 'tokens_block';

export interface Skipped {
  readonly user: User;
  readonly reason: SkipReason;
  /** For `tokens_block`: the active tokens the user issued. */
  readonly tokens?: readonly ApiToken[];
}

export interface BulkPlan {
  readonly action: BulkAction;
  /** Who the action will be sent for, in the list's order. */
  readonly apply: readonly User[];
  readonly skipped: readonly Skipped[];
}

/**
 * Applies the permission rules row by row, as the single actions do, before anything is sent:
 * yourself, the last Administrator, users whose role is already the one asked, activated users
 * for Resend invite, and users whose active API tokens block a removal are left out and named.
 */
export function planBulk(
  action: BulkAction,
  users: readonly User[],
  session: Session,
  facts: AccountFacts,
  tokens: readonly ApiToken[] = [],
  now: number = Date.now(),
): BulkPlan {
  const apply: User[] = [];
  const skipped: Skipped[] = [];
  const blocking = activeTokensByIssuer(tokens, now);
  for (const user of users) {
    const decision =
      action.kind === 'setRole'
        ? mayChangeRole(session, user, action.role, facts)
        : action.kind === 'resendInvite'
          ? mayResendInvite(session, user)
          : mayRemove(session, user, facts);
    if (!decision.allowed) {
      skipped.push({ user, reason: decision.reason });
      continue;
    }
    const userTokens = blocking.get(user.id);
    if (action.kind === 'remove' && userTokens) {
      skipped.push({ user, reason: 'tokens_block', tokens: userTokens });
      continue;
    }
    apply.push(user);
  }
  return { action, apply, skipped };
}

function activeTokensByIssuer(tokens: readonly ApiToken[], now: number): Map<number, ApiToken[]> {
  const byIssuer = new Map<number, ApiToken[]>();
  for (const token of tokens) {
    if (!isActiveToken(token, now)) continue;
    const list = byIssuer.get(token.issuer.userId) ?? [];
    list.push(token);
    byIssuer.set(token.issuer.userId, list);
  }
  return byIssuer;
}
