/**
 * The form both a user's text and a search are compared in: lower-cased, accents and other
 * combining marks dropped, and the letters that have no combining form written out (ß → ss,
 * æ → ae, ø → o, ł → l…). "jurgen", "Jürgen" and "JÜRGEN" all find "Jürgen Groß", and "gross"
 * finds him too, as a person typing on any keyboard expects.
 *
 * ASCII text (most emails) is only lower-cased: the fold runs once per user when the search index
 * is built, and on every user in a search that comes before the index.
 */
export function searchText(text: string): string {
  const lower = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter] ?? letter);
}

const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
