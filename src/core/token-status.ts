import type { ApiToken, TokenStatus } from './types.js';

type StatusFields = Pick<ApiToken, 'deleted' | 'expired' | 'expDate'>;

/**
 * Deleted wins over expired: a deleted token is gone whatever its date said. A token whose expiry
 * date has passed is expired even while the server's `expired` flag still says false (the flag is
 * set by a sweep that runs later): it no longer works, and calling it "Active" with an expiry in
 * the past would contradict itself.
 */
export function tokenStatus(token: StatusFields, now: number = Date.now()): TokenStatus {
  if (token.deleted) return 'deleted';
  if (token.expired || hasExpired(token.expDate, now)) return 'expired';
  return 'active';
}

/** Active tokens are the ones that block removing their issuer and lowering the issuer's role. */
export function isActiveToken(token: StatusFields, now: number = Date.now()): boolean {
  return tokenStatus(token, now) === 'active';
}

function hasExpired(expDate: string | null, now: number): boolean {
  if (expDate === null) return false;
  const at = Date.parse(expDate);
  return !Number.isNaN(at) && at <= now;
}
