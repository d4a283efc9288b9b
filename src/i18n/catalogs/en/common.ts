import { formatNumber } from '../../format.js';

const n = (value: number) => formatNumber(value, 'en');

/** Words every element shares: buttons, language names, statuses. */
export const common = {
  cancel: 'Cancel',
  save: 'Save',
  saving: 'Saving…',
  close: 'Close',
  dismiss: 'Dismiss',
  tryAgain: 'Try again',
  delete: 'Delete',
  edit: 'Edit',
  loading: 'Loading…',
  optional: 'optional',
  required: 'required',
  you: 'You',
  activated: 'Activated',
  notActivated: 'Not activated',
  enabled: 'Enabled',
  disabled: 'Disabled',
  notSet: 'Not set',
  /** A person told apart from others of the same name. */
  nameAndEmail: ({ name, email }: { name: string; email: string }) => `${name} (${email})`,
  pager: {
    previous: 'Previous page',
    next: 'Next page',
    page: ({ page }: { page: number }) => `Page ${n(page)}`,
    pageSize: 'Entries per page',
  },
  languages: {
    en: 'English',
    de: 'German',
    zh: 'Chinese',
    ru: 'Russian',
    az: 'Azerbaijani',
  },
};

export type CommonMessages = typeof common;
