import type { TokensMessages } from '../en/tokens.js';
import { plural } from '../../plural.js';
import { formatNumber } from '../../format.js';

const n = (value: number) => formatNumber(value, 'de');

export const tokens: TokensMessages = {
  heading: 'API-Tokens',
  caption: 'API-Tokens',
  columns: {
    id: 'ID',
    name: 'Token-Name',
    issuer: 'Ausgestellt von',
    role: 'Rolle',
    status: 'Status',
    expires: 'Läuft ab',
    description: 'Beschreibung',
    lastUsed: 'Zuletzt verwendet',
    actions: 'Aktionen',
  },
  status: {
    active: 'Aktiv',
    expired: 'Abgelaufen',
    deleted: 'Gelöscht',
  },
  filters: {
    label: 'API-Tokens filtern',
    status: 'Status',
    all: 'Alle',
    issuer: 'Ausgestellt von',
    allIssuers: 'Alle Benutzer',
    deletedIssuer: ({ issuer }) => `${issuer} (gelöschter Benutzer)`,
    unknownIssuer: ({ id }) => `Benutzer ${id}`,
  },
  never: 'Nie',
  notUsedYet: 'Noch nicht verwendet',
  noDescription: 'Keine Beschreibung',
  expiresSoon: ({ when }) => `Läuft bald ab, ${when}`,
  issuerDeleted: 'Der Benutzer wurde gelöscht',
  loading: 'API-Tokens werden geladen…',
  empty: {
    active: 'Keine aktiven API-Tokens.',
    expired: 'Keine abgelaufenen API-Tokens.',
    deleted: 'Keine gelöschten API-Tokens.',
    all: 'Noch keine API-Tokens.',
  },
  emptyForIssuer: {
    active: ({ issuer }) => `${issuer} hat keine aktiven API-Tokens.`,
    expired: ({ issuer }) => `${issuer} hat keine abgelaufenen API-Tokens.`,
    deleted: ({ issuer }) => `${issuer} hat keine gelöschten API-Tokens.`,
    all: ({ issuer }) => `${issuer} hat keine API-Tokens.`,
  },
  pager: {
    label: 'Seiten der API-Tokens',
    showing: ({ from, to, total }) =>
      `${n(from)}–${n(to)} von ${n(total)} ${plural('de', total, { one: 'Token', other: 'Tokens' })}`,
  },
  delete: {
    action: ({ name }) => `Token ${name} löschen`,
    title: 'API-Token löschen?',
    body: ({ name }) =>
      `Das Token „${name}“ funktioniert sofort nicht mehr: Jede Anwendung, die es verwendet, verliert den Zugriff auf die API. Das lässt sich nicht rückgängig machen.`,
    confirm: 'Token löschen',
    deleting: 'Wird gelöscht…',
    done: ({ name }) => `Das Token „${name}“ wurde gelöscht.`,
    notFound: 'Dieses Token existiert nicht mehr. Die Liste wurde aktualisiert.',
  },
};
