import { confusablesMap } from 'confusables';
import { isInvisible } from './invisible';

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
  if (isInvisible(cp)) return '';
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
