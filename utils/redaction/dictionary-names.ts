import { foldName } from './fold-name';
import { COMMON, FUNCTION_WORDS, GIVEN, SURNAMES, notNames } from './name-dictionary';
import type { PiiSpan } from './span';

/**
 * Names without a cue word: a capitalised word that a given-name list holds, with the
 * capitalised words that follow it as its surname ("Katja", "Josef Zobač", "Haroun van der
 * Kruk"). A given name that is also a common English word ("Will you…", "Grace period") counts
 * only with a listed surname ("Will Smith"), and a common word is no surname ("Chase Bank").
 * Names take no article and places follow "in", so "the Victoria Line" and "in Florence" are
 * left alone. Once a name is found, its parts are found again alone ("Halambek's song").
 */

// "McKenzie" and "O'Neil" keep their inner capital; a possessive "'s" is not part of the word.
const WORD =
  /(?<![\p{L}\p{M}\p{N}_@#/.\\-])\p{Lu}\p{M}*(?:\p{Ll}\p{M}*)+(?:\p{Lu}(?:\p{Ll}\p{M}*)+)?(?:-\p{Lu}?(?:\p{Ll}\p{M}*)+|['’]\p{Lu}(?:\p{Ll}\p{M}*)+)?(?![\p{N}_@])/gu;
const PARTICLE =
  /^\s+(?:(?:van|von|de|der|den|del|della|da|das|dos|di|du|le|la|ten|ter|bin|al|y)\s+)*$/;
const NOT_BEFORE = /\b(?:the|a|an|el|la|le|los|las|les|il|lo|der|die|das|het|in|via|near)\s+$/i;

interface Word {
  start: number;
  end: number;
  lower: string;
  folded: string;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    lower: m[0].toLowerCase(),
    folded: foldName(m[0]),
  }));
}

/** Words that name people as often as other things: a surname must confirm them. */
const ambiguous = (w: Word) => COMMON.has(w.folded) || notNames().has(w.lower);
const listedSurname = (w: Word) =>
  SURNAMES.has(w.folded) || (GIVEN.has(w.folded) && !COMMON.has(w.folded));

/** Index of the last surname word after a given name, joined by spaces or particles. */
function surnameAfter(text: string, words: Word[], i: number, listedOnly: boolean): number {
  let last = i;
  for (let j = i + 1; j < words.length && j <= i + 3; j++) {
    const gap = text.slice(words[j - 1]?.end ?? 0, words[j]?.start ?? 0);
    const word = words[j];
    if (!word || !PARTICLE.test(gap) || gap.includes('\n') || FUNCTION_WORDS.has(word.folded))
      break;
    if (!listedSurname(word) && (listedOnly || ambiguous(word))) break;
    last = j;
  }
  return last;
}

function span(text: string, start: number, end: number): PiiSpan {
  return { kind: 'name', start, end, key: foldName(text.slice(start, end)).replace(/\s+/g, ' ') };
}

export function findDictionaryNames(text: string): PiiSpan[] {
  const words = wordsOf(text);
  const spans: PiiSpan[] = [];
  const parts = new Set<string>();
  const used = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || !GIVEN.has(word.folded) || FUNCTION_WORDS.has(word.folded)) continue;
    const unsure = ambiguous(word);
    const last = surnameAfter(text, words, i, unsure);
    // "Madison Square Garden", "Chase Bank": a capitalised common word after it makes a title.
    const next = words[i + 1];
    if (last === i && next && /^ $/.test(text.slice(word.end, next.start)) && ambiguous(next))
      continue;
    // "Will you", "May I", "Grace period", "Georgia": such a word alone is not a name.
    if (unsure && last === i) continue;
    // "the Victoria Line", "a Markus Kunze concert": an article or "in" needs a listed surname.
    const before = text.slice(Math.max(0, word.start - 8), word.start);
    if (NOT_BEFORE.test(before) && !words.slice(i + 1, last + 1).some(listedSurname)) continue;
    spans.push(span(text, word.start, words[last]?.end ?? word.end));
    for (let j = i; j <= last; j++) {
      used.add(j);
      const part = words[j]?.folded ?? '';
      if (part.length > 2 && !ambiguous(words[j] as Word)) parts.add(part);
    }
    i = last;
  }
  words.forEach((word, i) => {
    if (!used.has(i) && parts.has(word.folded)) spans.push(span(text, word.start, word.end));
  });
  return spans;
}
