import type { ErrorMessages } from '../en/errors.js';
import { plural } from '../../plural.js';

export const errors: ErrorMessages = {
  forbidden: 'Sie haben keine Berechtigung für diese Aktion.',
  unauthorized:
    'Ihre Sitzung ist abgelaufen oder wurde abgelehnt. Melden Sie sich erneut an und versuchen Sie es noch einmal.',
  not_found:
    'Dieser Benutzer gehört nicht mehr zu diesem Konto. Aktualisieren Sie die Liste, um die aktuellen Benutzer zu sehen.',
  accountNotFound:
    'Das Konto oder Ihr Benutzer wurde nicht gefunden. Melden Sie sich erneut an oder wenden Sie sich an Ihren Administrator.',
  already_invited: 'Diese Person hat bereits Zugriff auf dieses Konto.',
  cannot_add: 'Dieser Benutzer kann nicht zu diesem Konto hinzugefügt werden.',
  rate_limited: ({ limit }) =>
    `Sie können bis zu ${limit} ${plural('de', limit, { one: 'neuen Benutzer', other: 'neue Benutzer' })} pro Tag einladen. Versuchen Sie es morgen erneut.`,
  throttled: 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.',
  validation: 'Einige Angaben sind ungültig. Prüfen Sie die markierten Felder.',
  invalidRequest:
    'Der Server hat die Anfrage als ungültig abgelehnt. Wenn das weiterhin passiert, wenden Sie sich an den Support.',
  tokens_block_removal: 'Sie können den Benutzer nicht entfernen, da er aktive Tokens hat.',
  token_role_conflict:
    'Der Benutzer hat ein API-Token mit einer höheren Rolle ausgestellt. Wählen Sie eine höhere Rolle oder löschen Sie zuerst dieses Token.',
  network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  timeout: 'Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.',
  server_error: 'Auf dem Server ist ein Problem aufgetreten. Versuchen Sie es in einigen Minuten erneut.',
  unsupported: 'Diese Aktion ist mit dem Server dieses Kontos nicht verfügbar.',
  resendUnavailable:
    'Einladungen erneut zu senden ist für dieses Konto nicht verfügbar. Um eine neue Einladung zu senden, löschen Sie den Benutzer und laden Sie ihn erneut ein.',
  bad_response: ({ field }) =>
    `Der Server hat eine Antwort gesendet, die nicht gelesen werden kann (Feld „${field}“). Versuchen Sie es später erneut oder wenden Sie sich an den Support.`,
  aborted: 'Die Anfrage wurde abgebrochen.',
  unknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  withServerMessage: ({ message, serverMessage }) => `${message} Meldung des Servers: „${serverMessage}“`,
  fields: {
    email_required: 'Geben Sie eine E-Mail-Adresse ein.',
    email_invalid: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.',
    email_too_long: ({ max }) => `Die E-Mail-Adresse darf höchstens ${max} Zeichen lang sein.`,
    name_too_long: ({ max }) => `Der Name darf höchstens ${max} Zeichen lang sein.`,
    role_invalid: 'Wählen Sie eine Rolle aus.',
    lang_invalid: 'Wählen Sie eine Sprache aus.',
  },
};
