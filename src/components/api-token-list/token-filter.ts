import { displayName, tokenStatus, type ApiToken, type TokenIssuer, type TokenStatus } from '../../core/index.js';

/** The status select's values: one status, or every token. */
export type StatusFilter = TokenStatus | 'all';

/** In the order the select offers them; Active first because it is the default, as in the portal. */
export const STATUS_FILTERS: readonly StatusFilter[] = ['active', 'expired', 'deleted', 'all'];

export function isStatusFilter(value: unknown): value is StatusFilter {
  return typeof value === 'string' && (STATUS_FILTERS as readonly string[]).includes(value);
}

export interface TokenFilter {
  readonly status: StatusFilter;
  /** Issuer's user id; undefined means everyone. */
  readonly issuedBy?: number;
}

/** Filtering happens here, not in the adapter: an account holds at most 100 tokens, all loaded at once. */
export function filterTokens(tokens: readonly ApiToken[], filter: TokenFilter): ApiToken[] {
  return tokens.filter(
    (token) =>
      (filter.status === 'all' || tokenStatus(token) === filter.status) &&
      (filter.issuedBy === undefined || token.issuer.userId === filter.issuedBy),
  );
}

/** Each issuer once, by display name, so the select reads like a sorted list of people. */
export function issuersOf(tokens: readonly ApiToken[], lang: string): TokenIssuer[] {
  const byId = new Map<number, TokenIssuer>();
  for (const token of tokens) byId.set(token.issuer.userId, token.issuer);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return [...byId.values()].sort((a, b) => collator.compare(displayName(a), displayName(b)));
}
