/** Strings of the invite, edit and delete dialogs. English is the source of truth: add keys here first. */
export const dialogs = {
  /** Shared by every dialog with a form. */
  form: {
    discardQuestion: 'Discard your changes?',
    keepEditing: 'Keep editing',
    discard: 'Discard',
    noAdapter: "This dialog isn't connected to a backend. The page must set its adapter.",
    sessionFailed: "Couldn't check your permissions.",
    /** A list of field names inside a sentence: "name and language". */
    fieldNames: { name: 'name', lang: 'language', role: 'role' },
  },
  invite: {
    title: 'Invite user',
    nameLabel: 'Name',
    nameHint: 'We recommend first name and surname',
    namePlaceholder: 'Jane Doe',
    emailLabel: 'Email',
    emailHint: 'The invitation and later notifications go to this address.',
    emailPlaceholder: 'janedoe@example.com',
    languageLabel: 'Language',
    roleLabel: 'Role',
    submit: 'Invite user',
    submitting: 'Inviting…',
    notAllowed: 'Only Administrators can invite users.',
    checkFields: 'The invitation was not sent. Check the highlighted fields.',
    created: ({ email, hours }: { email: string; hours: number }) =>
      `Invitation sent to ${email}. They will get an email with a link to create a password; the link is valid for ${hours} hours.`,
    existing: ({ email }: { email: string }) =>
      `${email} already has an account and was notified of access to this account.`,
    inviteAnother: 'Invite another',
  },
  edit: {
    title: 'Edit user',
    titleSelf: 'Edit your profile',
    nameLabel: 'Name',
    emailLabel: 'Email',
    emailNote: "The email address can't be changed here.",
    languageLabel: 'Language',
    roleLabel: 'Role',
    roleLockedSelf: "You can't change your own role.",
    roleLockedLastAdmin: "This is the account's only Administrator, so the role can't change.",
    notAllowed: 'You can edit only your own profile.',
    saved: ({ fields }: { fields: string }) => `Saved: ${fields}.`,
    notSaved: ({ fields }: { fields: string }) => `Not saved: ${fields}.`,
    /** Shown for `token_role_conflict`; the English text is the API's own message. */
    roleConflict: 'The specified user has issued a token with a higher role. Try using another role.',
    conflictingTokens: 'Active tokens with a higher role:',
    tokenWithRole: ({ name, role }: { name: string; role: string }) => `${name} (${role})`,
  },
  remove: {
    title: 'Delete user?',
    consequence: ({ who }: { who: string }) =>
      `${who} will lose access to this account only. Their access to other accounts is unchanged.`,
    nameAndEmail: ({ name, email }: { name: string; email: string }) => `${name} (${email})`,
    deleting: 'Deleting…',
    cannotSelf: "You can't delete yourself from the account.",
    cannotLastAdmin: "You can't delete the account's only Administrator.",
    cannotNotAdmin: 'Only Administrators can delete users.',
    tokensHint: 'Delete these tokens, then try again.',
    tokenDeleted: 'Token deleted. Try again to delete the user.',
  },
};

export type DialogsMessages = typeof dialogs;
