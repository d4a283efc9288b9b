import type { CommonMessages } from '../en/common.js';

export const common: CommonMessages = {
  cancel: 'Abbrechen',
  save: 'Speichern',
  saving: 'Wird gespeichert…',
  close: 'Schließen',
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
  unknownRole: 'Unbekannte Rolle',
  languages: {
    en: 'Englisch',
    de: 'Deutsch',
    zh: 'Chinesisch',
    ru: 'Russisch',
    az: 'Aserbaidschanisch',
  },
};
