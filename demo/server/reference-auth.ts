/**
 * How the reference IAM server knows who is calling. It holds no real credentials: the secret simply
 * names the acting member, `ref-user-<id>`, sent as `Authorization: Bearer ref-user-<id>` (the portal's
 * JWT scheme) or `Authorization: APIKey ref-user-<id>` (Gcore's permanent-token scheme). Anything else
 * is refused with 401, as the real API refuses a missing or unknown credential.
 *
 * Browser-safe on purpose: the demo page and the HTTP tests import it to build their headers.
 */

export const REFERENCE_SECRET_PREFIX = 'ref-user-';

export type ReferenceAuthScheme = 'Bearer' | 'APIKey';

/** The `Authorization` header value that makes the reference server act as `userId`. */
export function referenceAuth(userId: number, scheme: ReferenceAuthScheme = 'Bearer'): string {
  return `${scheme} ${REFERENCE_SECRET_PREFIX}${userId}`;
}

export type ParsedReferenceAuth = { ok: true; userId: number } | { ok: false; reason: 'missing' | 'invalid' };

const HEADER_PATTERN = new RegExp(`^(?:bearer|apikey)\\s+${REFERENCE_SECRET_PREFIX}(\\d{1,9})$`, 'i');

/** Reads an `Authorization` header; says whether it was absent or unusable so the 401 can tell. */
export function parseReferenceAuth(header: string | null | undefined): ParsedReferenceAuth {
  const value = header?.trim();
  if (!value) return { ok: false, reason: 'missing' };
  const match = HEADER_PATTERN.exec(value);
  return match ? { ok: true, userId: Number(match[1]) } : { ok: false, reason: 'invalid' };
}
