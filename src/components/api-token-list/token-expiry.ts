import { isActiveToken, type ApiToken } from '../../core/index.js';

/** The portal marks tokens expiring within 7 days, when Gcore emails the issuer and the Administrators. */
export const EXPIRY_WARNING_DAYS = 7;

const DAY_MS = 86_400_000;

/** An active token whose expiry falls within the warning window; never-expiring ones never warn. */
export function expiresSoon(token: ApiToken, now: number = Date.now()): boolean {
  if (token.expDate === null || !isActiveToken(token, now)) return false;
  const left = Date.parse(token.expDate) - now;
  return !Number.isNaN(left) && left <= EXPIRY_WARNING_DAYS * DAY_MS;
}
