import { getRole, type RoleId } from '../../../core/index.js';

/** Widened to string so other languages may say it differently. */
const description = (id: RoleId): string => getRole(id).description;

/** Keyed by `Role.key`; the English descriptions are the portal's own, kept once in core. */
export const roles = {
  administrators: { label: 'Administrators', description: description(1) },
  engineers: { label: 'Engineers', description: description(5) },
  purgeApiWeb: { label: 'Purge and Prefetch only (API and Web)', description: description(3009) },
  purgeApi: { label: 'Purge and Prefetch only (API)', description: description(3022) },
  users: { label: 'Users', description: description(2) },
};

export type RoleMessages = typeof roles;
