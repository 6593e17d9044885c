/**
 * Invisible or formatting-only code points: they change nothing a reader sees, so they are what
 * attackers slip into words and numbers to get them past a matcher. One list for every reader
 * of case text (the injection detector, redaction). Tag characters U+E0020–E007E are left out:
 * they spell ASCII, and the injection normaliser decodes them instead of dropping them.
 */
const INVISIBLE: readonly [number, number][] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian selectors and vowel separator
  [0x200b, 0x200f], // zero-width space, joiners, direction marks
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // byte order mark
  [0xffa0, 0xffa0], // halfwidth Hangul filler
  [0xe0000, 0xe001f], // tag block, outside its ASCII range
  [0xe007f, 0xe007f],
  [0xe0100, 0xe01ef], // variation selectors supplement
];
export const isInvisible = (cp: number) =>
  INVISIBLE.some(([first, last]) => cp >= first && cp <= last);
