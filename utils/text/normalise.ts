import { confusablesMap } from 'confusables';

/**
 * One comparable form of text people (and attackers) write, for anything that matches text
 * against words: NFKC (fullwidth and mathematical letters become plain ones), invisible
 * characters removed (zero-width spaces and joiners, bidi controls, variation selectors, soft
 * hyphens), Unicode tag characters decoded ("ASCII smuggling" spells whole sentences in them:
 * invisible on screen, read by a model), and confusable letters folded to the Latin letter they
 * imitate (Cyrillic "а" → "a", "é" → "e"). ASCII is never changed, so ordinary English text
 * comes out as it went in; case is kept (callers lower-case if they want).
 *
 * The folded text is for matching, not for showing: Cyrillic or Greek words come out as Latin
 * lookalikes. `starts` maps it back to the input for anyone who must mark or replace a span.
 */

// Invisible or formatting-only code points: [first, last] ranges.
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
const invisible = (cp: number) => INVISIBLE.some(([first, last]) => cp >= first && cp <= last);
const TAG_FIRST = 0xe0020;
const TAG_LAST = 0xe007e;
const MARK = /^\p{Mn}$/u;
const LATIN_LETTER = /[A-Za-z]$/;
// Where the library's choice reads worse than case folding does: it folds capital I-lookalikes
// to "l" (the two look alike in sans-serif), which would turn "Іgnore" into "lgnore".
const OVERRIDES: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  ı: 'i',
  '\u0399': 'I',
  '\u03B9': 'i',
  '\u0406': 'I',
  '\u04C0': 'I',
};

const cache = new Map<string, string>();

function foldOne(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp >= TAG_FIRST && cp <= TAG_LAST) return String.fromCharCode(cp - 0xe0000);
  if (invisible(cp)) return '';
  let out = '';
  for (const c of ch.normalize('NFKC')) {
    out += c.charCodeAt(0) < 0x80 ? c : (OVERRIDES[c] ?? confusablesMap.get(c) ?? c);
  }
  return out;
}

function fold(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = foldOne(ch);
    cache.set(ch, folded);
  }
  return folded;
}

const PLAIN = /^\p{ASCII}*$/u;

export interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`, and one past its end, the input offset it came from. */
  starts: number[];
}

export function normaliseWithOffsets(input: string): Normalised {
  let text = '';
  const starts: number[] = [];
  let at = 0;
  for (const ch of input) {
    // A combining accent (or a Zalgo pile of them) on a Latin letter only hides the letter.
    const folded = MARK.test(ch) && LATIN_LETTER.test(text) ? '' : fold(ch);
    for (let k = 0; k < folded.length; k++) starts.push(at);
    text += folded;
    at += ch.length;
  }
  starts.push(input.length);
  return { text, starts };
}

export function normalise(input: string): string {
  return PLAIN.test(input) ? input : normaliseWithOffsets(input).text;
}

/** The input span behind `text.slice(start, end)` (invisible characters inside it included). */
export function inputSpan(n: Normalised, start: number, end: number): [number, number] {
  if (end <= start) return [n.starts[start]!, n.starts[start]!];
  const last = n.starts[end - 1]!;
  let k = end;
  while (k < n.starts.length - 1 && n.starts[k]! <= last) k++;
  return [n.starts[start]!, n.starts[k]!];
}
