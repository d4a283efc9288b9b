import type { ApiToken, TokenStatus } from './types.js';

/** Deleted wins over expired: a deleted token is gone whatever its date said. */
export function tokenStatus(token: Pick<ApiToken, 'deleted' | 'expired'>): TokenStatus {
  if (token.deleted) return 'deleted';
  if (token.expired) return 'expired';
  return 'active';
}

/** Active tokens are the ones that block removing their issuer and lowering the issuer's role. */
export function isActiveToken(token: Pick<ApiToken, 'deleted' | 'expired'>): boolean {
  return tokenStatus(token) === 'active';
}
