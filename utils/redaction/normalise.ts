import { isInvisible } from '../text/invisible';

/**
 * Detectors see a normalised copy of the text (NFKC, no zero-width characters, ASCII digits and
 * dashes) so "4１11\u200b1111…" or Arabic-Indic digits are read as the number they show. The map
 * back to the original offsets lets the redactor replace exactly the characters the reader sees.
 */

// Invisible characters break a number or address apart without changing how it looks.
const invisible = (ch: string) => isInvisible(ch.codePointAt(0) ?? 0);
const DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/u;
const DIGIT = /\p{Nd}/u;
const MARK = /\p{Mn}/u;

export interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`, the original range it came from (absent: the same). */
  from?: number[];
  to?: number[];
}

/** Unicode lays decimal digits out as runs of ten from zero, so a digit's value is its place. */
function asciiDigit(ch: string): string {
  let code = ch.codePointAt(0) ?? 0;
  let value = 0;
  while (value < 9 && DIGIT.test(String.fromCodePoint(code - 1))) {
    code -= 1;
    value += 1;
  }
  return String(value);
}

function normaliseChar(ch: string, previous: string): string {
  if (invisible(ch)) return '';
  // Combining marks stacked on a digit only disguise it (on a letter they may spell a name).
  if (MARK.test(ch) && /[0-9]$/.test(previous)) return '';
  if (DASH.test(ch)) return '-';
  if (ch !== '\n' && SPACE.test(ch)) return ' ';
  const folded = ch.normalize('NFKC');
  if (folded.length === 1 && DIGIT.test(folded) && folded > '9') return asciiDigit(folded);
  return folded;
}

export function normalise(original: string): Normalised {
  // Plain ASCII (most case text) is already in normal form: the map is the identity.
  if (/^\p{ASCII}*$/u.test(original)) return { text: original };
  const pieces: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  let previous = '';
  for (const ch of original) {
    // ASCII (most case text) is already in normal form.
    const out = ch < '\u0080' ? ch : normaliseChar(ch, previous);
    if (out !== '') previous = out;
    pieces.push(out);
    for (let i = 0; i < out.length; i++) {
      from.push(at);
      to.push(at + ch.length);
    }
    at += ch.length;
  }
  return { text: pieces.join(''), from, to };
}

/** The original range under a normalised one; invisible characters inside it go with it. */
export function originalRange(n: Normalised, start: number, end: number): [number, number] {
  if (!n.from || !n.to) return [start, end];
  return [n.from[start] ?? 0, n.to[end - 1] ?? 0];
}
