import type { BulkMessages } from '../en/bulk.js';
import { formatNumber } from '../../format.js';
import { plural } from '../../plural.js';

const n = (value: number) => formatNumber(value, 'de');
const users = (count: number) => `${n(count)} ${plural('de', count, { one: 'Benutzer', other: 'Benutzer' })}`;
const usersDative = (count: number) => `${n(count)} ${plural('de', count, { one: 'Benutzer', other: 'Benutzern' })}`;

export const bulk: BulkMessages = {
  titles: {
    setRole: 'Rolle ändern',
    resendInvite: 'Einladungen erneut senden',
    remove: 'Aus dem Konto entfernen',
    export: 'Benutzer exportieren',
  },
  question: {
    setRole: ({ count, role }) => `Die Rolle von ${usersDative(count)} in ${role} ändern?`,
    resendInvite: ({ count }) => `Die Einladung erneut an ${users(count)} senden?`,
    remove: ({ count }) =>
      `${users(count)} aus diesem Konto entfernen? Sie verlieren den Zugriff darauf; ihre anderen Konten bleiben unverändert.`,
  },
  nothingToDo: 'Keiner der ausgewählten Benutzer kann so geändert werden.',
  roleLabel: 'Neue Rolle',
  skippedHeading: ({ count }) => `${users(count)} ${count === 1 ? 'wird' : 'werden'} übersprungen:`,
  skippedList: ({ count }) => `${users(count)} ${count === 1 ? 'wurde' : 'wurden'} übersprungen:`,
  skipReasons: {
    self: 'Sie selbst',
    last_admin: 'der letzte Administrator',
    already_activated: 'bereits aktiviert',
    same_role: 'hat diese Rolle bereits',
    not_admin: 'nicht erlaubt',
    not_own_row: 'nicht erlaubt',
    unknown_role: 'Rolle unbekannt',
    tokens_block: ({ count }) => `hat ${n(count)} aktive${count === 1 ? 's' : ''} API-Token${count === 1 ? '' : 's'}`,
  },
  showTokens: ({ user }) => `Tokens von ${user} anzeigen`,
  confirm: {
    setRole: 'Rolle ändern',
    resendInvite: 'Erneut senden',
    remove: 'Entfernen',
  },
  progress: ({ done, total }) => `${n(done)} von ${n(total)}`,
  progressLabel: 'Fortschritt',
  running: {
    setRole: 'Rollen werden geändert…',
    resendInvite: 'Einladungen werden gesendet…',
    remove: 'Benutzer werden entfernt…',
    export: 'Wird exportiert…',
  },
  cancel: 'Abbrechen',
  result: {
    succeeded: ({ count }) => `${users(count)} erledigt.`,
    failed: ({ count }) => `${users(count)} fehlgeschlagen:`,
    cancelled: ({ count }) => `${users(count)} nicht gesendet: abgebrochen.`,
  },
  retryFailed: 'Fehlgeschlagene erneut versuchen',
  exported: ({ count, file }) => `${users(count)} nach ${file} exportiert.`,
  exportFailed: 'Der Export wurde abgebrochen.',
  csvRoleUnknown: 'Unbekannte Rolle',
};
