import type { DialogsMessages } from '../en/dialogs.js';

export const dialogs: DialogsMessages = {
  form: {
    discardQuestion: 'Änderungen verwerfen?',
    keepEditing: 'Weiter bearbeiten',
    discard: 'Verwerfen',
    noAdapter: 'Dieser Dialog ist mit keinem Backend verbunden. Die Seite muss seinen Adapter festlegen.',
    sessionFailed: 'Ihre Berechtigungen konnten nicht geprüft werden.',
    fieldNames: { name: 'Name', lang: 'Sprache', role: 'Rolle' },
  },
  invite: {
    title: 'Benutzer einladen',
    nameLabel: 'Name',
    nameHint: 'Wir empfehlen Vor- und Nachname',
    namePlaceholder: 'Erika Mustermann',
    emailLabel: 'E-Mail',
    emailHint: 'Die Einladung und spätere Benachrichtigungen gehen an diese Adresse.',
    emailPlaceholder: 'erika.mustermann@example.com',
    languageLabel: 'Sprache',
    roleLabel: 'Rolle',
    submit: 'Benutzer einladen',
    submitting: 'Wird eingeladen…',
    notAllowed: 'Nur Administratoren können Benutzer einladen.',
    checkFields: 'Die Einladung wurde nicht gesendet. Prüfen Sie die markierten Felder.',
    created: ({ email, hours }) =>
      `Einladung an ${email} gesendet. Die Person erhält eine E-Mail mit einem Link zum Erstellen eines Passworts; der Link ist ${hours} Stunden gültig.`,
    existing: ({ email }) =>
      `${email} hat bereits ein Konto und wurde über den Zugriff auf dieses Konto benachrichtigt.`,
    inviteAnother: 'Weitere Person einladen',
  },
  edit: {
    title: 'Benutzer bearbeiten',
    titleSelf: 'Eigenes Profil bearbeiten',
    nameLabel: 'Name',
    emailLabel: 'E-Mail',
    emailNote: 'Die E-Mail-Adresse kann hier nicht geändert werden.',
    languageLabel: 'Sprache',
    roleLabel: 'Rolle',
    roleLockedSelf: 'Sie können Ihre eigene Rolle nicht ändern.',
    roleLockedLastAdmin: 'Dies ist der einzige Administrator des Kontos, daher kann die Rolle nicht geändert werden.',
    notAllowed: 'Sie können nur Ihr eigenes Profil bearbeiten.',
    saved: ({ fields }) => `Gespeichert: ${fields}.`,
    notSaved: ({ fields }) => `Nicht gespeichert: ${fields}.`,
    roleConflict:
      'Der Benutzer hat ein Token mit einer höheren Rolle ausgestellt. Versuchen Sie es mit einer anderen Rolle.',
    conflictingTokens: 'Aktive Tokens mit einer höheren Rolle:',
    tokenWithRole: ({ name, role }) => `${name} (${role})`,
  },
  remove: {
    title: 'Benutzer löschen?',
    consequence: ({ who }) =>
      `${who} verliert den Zugriff nur auf dieses Konto. Der Zugriff auf andere Konten bleibt unverändert.`,
    nameAndEmail: ({ name, email }) => `${name} (${email})`,
    deleting: 'Wird gelöscht…',
    cannotSelf: 'Sie können sich nicht selbst aus dem Konto löschen.',
    cannotLastAdmin: 'Der einzige Administrator des Kontos kann nicht gelöscht werden.',
    cannotNotAdmin: 'Nur Administratoren können Benutzer löschen.',
    tokensHint: 'Löschen Sie diese Tokens und versuchen Sie es dann erneut.',
    tokenDeleted: 'Token gelöscht. Versuchen Sie jetzt erneut, den Benutzer zu löschen.',
  },
};
