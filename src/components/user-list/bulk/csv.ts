/**
 * CSV as spreadsheets read it (RFC 4180): fields separated by commas, lines by CRLF, a field with a
 * comma, quote or line break in double quotes with its quotes doubled, and a UTF-8 byte order mark
 * first, so Excel reads accents and CJK instead of mojibake.
 *
 * A value that a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first:
 * CSV injection) is written with a leading apostrophe, which shows as text and runs nothing.
 */

export const BYTE_ORDER_MARK = '\ufeff';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** `users-acme-2026-12-04.csv`: the account (letters, digits and dashes only) and the local date. */
export function csvFileName(account: string | undefined, date: Date = new Date()): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
  const slug = (account ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug ? `users-${slug}-${day}.csv` : `users-${day}.csv`;
}
