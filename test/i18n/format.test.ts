import { expect } from '@open-wc/testing';
import { UsersError } from '../../src/core/index.js';
import {
  en,
  errorMessage,
  fieldErrorMessage,
  formatDate,
  formatNumber,
  formatRelativeTime,
  languageName,
  loadCatalog,
  normalizeLanguage,
  roleLabel,
} from '../../src/i18n/index.js';

describe('format', () => {
  it('formats numbers and dates for the UI language', () => {
    expect(formatNumber(12345.5, 'en')).to.equal('12,345.5');
    expect(formatNumber(12345.5, 'de')).to.equal('12.345,5');
    expect(formatDate('2026-11-27T10:00:00Z', 'en', { dateStyle: 'long', timeZone: 'UTC' })).to.equal(
      'November 27, 2026',
    );
    expect(formatDate('2026-11-27T10:00:00Z', 'de', { dateStyle: 'long', timeZone: 'UTC' })).to.equal(
      '27. November 2026',
    );
    expect(formatDate('not a date', 'en')).to.equal('not a date');
  });

  it('says how long ago in the largest unit that fits', () => {
    const now = Date.parse('2026-11-27T12:00:00Z');
    expect(formatRelativeTime('2026-11-24T12:00:00Z', 'en', now)).to.equal('3 days ago');
    expect(formatRelativeTime('2026-11-26T12:00:00Z', 'en', now)).to.equal('yesterday');
    expect(formatRelativeTime('2026-11-27T14:00:00Z', 'en', now)).to.equal('in 2 hours');
    expect(formatRelativeTime('2026-11-24T12:00:00Z', 'ru', now)).to.equal('3 дня назад');
  });

  it('names languages in the UI language, capitalised', () => {
    expect(languageName('de', 'en')).to.equal('German');
    expect(languageName('zh', 'de')).to.equal('Chinesisch');
    expect(languageName('en', 'ru')).to.equal('Английский');
    expect(languageName('az', 'en')).to.equal('Azerbaijani');
  });

  it('labels roles from the catalog', async () => {
    expect(roleLabel(1, en)).to.equal('Administrators');
    expect(roleLabel(3009, en)).to.equal('Purge and Prefetch only (API and Web)');
    expect(roleLabel(2, await loadCatalog('de'))).to.equal('Benutzer');
  });

  it('normalises language tags', () => {
    expect(normalizeLanguage('de-DE')).to.equal('de');
    expect(normalizeLanguage('ZH_Hans')).to.equal('zh');
    expect(normalizeLanguage('az')).to.equal('en');
    expect(normalizeLanguage('')).to.equal('en');
    expect(normalizeLanguage(undefined)).to.equal('en');
  });
});

describe('errorMessage', () => {
  it('gives the specific sentence for each code', () => {
    expect(errorMessage(new UsersError('network'), en)).to.equal(
      "Can't reach the server. Check your connection and try again.",
    );
    expect(errorMessage(new UsersError('tokens_block_removal'), en)).to.equal(
      "You can't remove the user as they have active tokens.",
    );
  });

  it('mentions the daily limit of five invitations when rate limited', () => {
    expect(errorMessage(new UsersError('rate_limited'), en)).to.contain('up to 5 new users per day');
  });

  it('names the field of a bad response', () => {
    const error = new UsersError('bad_response', 'x', { field: 'items.3.email' });
    expect(errorMessage(error, en)).to.contain('"items.3.email"');
  });

  it('adds the server’s words where the code alone is vague', () => {
    const forbidden = new UsersError('forbidden', undefined, { serverMessage: 'Only the owner may do this.' });
    expect(errorMessage(forbidden, en)).to.equal(
      `You don't have permission to do this. The server said: "Only the owner may do this."`,
    );
    const validation = new UsersError('validation', undefined, {
      serverMessage: 'Group matching query does not exist.',
    });
    expect(errorMessage(validation, en)).to.contain('Group matching query does not exist.');
    // Specific codes keep their own sentence.
    const network = new UsersError('network', undefined, { serverMessage: 'ECONNREFUSED' });
    expect(errorMessage(network, en)).not.to.contain('ECONNREFUSED');
  });

  it('translates', async () => {
    const de = await loadCatalog('de');
    expect(errorMessage(new UsersError('network'), de)).to.contain('Verbindung');
  });
});

describe('fieldErrorMessage', () => {
  it('turns validation codes into sentences and passes server text through', () => {
    expect(fieldErrorMessage('email_invalid', en)).to.equal('Enter a valid email address, like name@example.com.');
    expect(fieldErrorMessage('name_too_long', en)).to.equal('The name can be at most 255 characters long.');
    expect(fieldErrorMessage('This field is required', en)).to.equal('This field is required');
  });
});
