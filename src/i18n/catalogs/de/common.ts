import type { CommonMessages } from '../en/common.js';
import { formatNumber } from '../../format.js';

const n = (value: number) => formatNumber(value, 'de');

export const common: CommonMessages = {
  cancel: 'Abbrechen',
  save: 'Speichern',
  saving: 'Wird gespeichert…',
  close: 'Schließen',
  dismiss: 'Ausblenden',
  tryAgain: 'Erneut versuchen',
  delete: 'Löschen',
  edit: 'Bearbeiten',
  loading: 'Wird geladen…',
  optional: 'optional',
  required: 'erforderlich',
  you: 'Sie',
  activated: 'Aktiviert',
  notActivated: 'Nicht aktiviert',
  enabled: 'Aktiviert',
  disabled: 'Deaktiviert',
  notSet: 'Nicht festgelegt',
  nameAndEmail: ({ name, email }) => `${name} (${email})`,
  pager: {
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    page: ({ page }) => `Seite ${n(page)}`,
    pageSize: 'Einträge pro Seite',
  },
  languages: {
    en: 'Englisch',
    de: 'Deutsch',
    zh: 'Chinesisch',
    ru: 'Russisch',
    az: 'Aserbaidschanisch',
  },
};
