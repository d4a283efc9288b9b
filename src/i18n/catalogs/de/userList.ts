import type { UserListMessages } from '../en/userList.js';
import { formatNumber } from '../../format.js';
import { plural } from '../../plural.js';

const n = (value: number) => formatNumber(value, 'de');

export const userList: UserListMessages = {
  heading: 'Benutzer',
  invite: 'Benutzer einladen',
  search: {
    label: 'Suchen',
    placeholder: 'ID, E-Mail oder Name',
  },
  filters: {
    label: 'Filter',
    roles: 'Rollen',
    languages: 'Sprache',
    status: 'Status',
    twoFa: 'Zwei-Faktor-Authentifizierung',
    all: 'Alle',
    selectedCount: ({ selected, total }) => `${n(selected)} von ${n(total)} ausgewählt`,
    clear: 'Filter zurücksetzen',
    toggle: 'Filter',
  },
  columns: {
    id: 'ID',
    email: 'E-Mail',
    name: 'Name',
    role: 'Rolle',
    lang: 'Sprache',
    status: 'Status',
    twoFa: 'Zwei-Faktor-Authentifizierung',
    actions: 'Aktionen',
  },
  sort: {
    label: 'Sortieren nach',
    option: ({ column, direction }) => `${column}, ${direction === 'asc' ? 'aufsteigend' : 'absteigend'}`,
  },
  twoFaShort: '2FA',
  rowActions: ({ user }) => `Aktionen für ${user}`,
  actions: {
    edit: 'Bearbeiten',
    resendInvite: 'Einladung erneut senden',
    delete: 'Löschen',
  },
  justInvited: 'Neu',
  pager: {
    label: 'Seitennavigation',
    showing: ({ from, to, total }) =>
      `${n(from)}–${n(to)} von ${n(total)} ${plural('de', total, { one: 'Eintrag', other: 'Einträgen' })}`,
  },
  states: {
    loading: 'Benutzer werden geladen…',
    empty: 'Dieses Konto hat noch keine Benutzer.',
    noMatch: 'Keine Benutzer entsprechen Ihrer Suche und Ihren Filtern.',
    loadFailed: 'Die Benutzer konnten nicht geladen werden.',
  },
  announcements: {
    invited: ({ email }) => `Einladung an ${email} gesendet.`,
    grantedAccess: ({ email }) => `${email} hat jetzt Zugriff auf dieses Konto.`,
    updated: ({ user }) => `Benutzer ${user} wurde aktualisiert.`,
    removed: ({ user }) => `Benutzer ${user} wurde entfernt.`,
    resent: ({ email }) => `Einladung erneut an ${email} gesendet.`,
    resentRecently: ({ email }) =>
      `Vor weniger als einer Minute ging eine Einladung an ${email}. Warten Sie einen Moment, bevor Sie eine weitere senden.`,
    resendFailed: ({ email, message }) => `Die Einladung an ${email} konnte nicht erneut gesendet werden. ${message}`,
  },
};
