import type { RoleMessages } from '../en/roles.js';

export const roles: RoleMessages = {
  administrators: {
    label: 'Administratoren',
    description:
      'Haben alle Rechte und können Benutzer einladen und verwalten. Ein Administrator kann API-Tokens mit allen unten aufgeführten Rollen erstellen, einschließlich „Administratoren“.',
  },
  engineers: {
    label: 'Ingenieure',
    description:
      'Haben das Recht, Einstellungen, Abrechnungsdaten und persönliche Angaben zu verwalten. Ein Ingenieur kann API-Tokens mit allen unten aufgeführten Rollen erstellen, einschließlich „Ingenieure“.',
  },
  purgeApiWeb: {
    label: 'Nur Purge und Prefetch (API und Web)',
    description:
      'Haben das Recht auf Purge und Prefetch im Control Panel und über die API und können Einstellungen und Statistiken ansehen. Ein Benutzer mit dieser Rolle kann API-Tokens mit allen unten aufgeführten Rollen erstellen, einschließlich „Nur Purge und Prefetch (API und Web)“.',
  },
  purgeApi: {
    label: 'Nur Purge und Prefetch (API)',
    description:
      'Haben das Recht auf Purge und Prefetch über die API. Ein Benutzer mit dieser Rolle kann API-Tokens mit den Rollen „Benutzer“ und „Nur Purge und Prefetch (API)“ erstellen.',
  },
  users: {
    label: 'Benutzer',
    description:
      'Können Einstellungen und Statistiken nur ansehen. Ein Benutzer mit dieser Rolle kann API-Tokens mit der Rolle „Benutzer“ erstellen.',
  },
};
