/**
 * A name's letters without diacritics, in lower case: people type "Lukasz" for "Łukasz" and
 * "Bjork" for "Björk", so the name lists and the words read are compared in this form.
 */
const LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

export function foldName(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøæœßđðþı]/g, (c) => LETTERS[c] ?? c);
}
