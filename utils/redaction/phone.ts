import { matchesOf, type PiiSpan } from './span';

/**
 * Phone numbers are the detector most prone to false hits: dates, order numbers, prices and
 * versions are digit runs too. A run counts as a phone number only when its shape says so
 * (a leading + or 00, a national trunk 0, a North American layout) or a word before it does.
 */

const PART = String.raw`(?:\(\d{1,4}\)|\d)`;
const CANDIDATE = new RegExp(
  String.raw`(?<![\w+@/.#:,-])\+?${PART}(?:[ .\-\u00a0]{0,2}${PART}){6,17}(?![\w@/-]|[.,:]\d)`,
  'g',
);

/** Words that announce a phone number, in the languages reviewers most often see. */
const PHONE_CONTEXT =
  /\b(?:phone|tel|telephone|mobile|cell|call(?: me)?|text(?: me)?|sms|whats ?app|signal|telegram|viber|reach me|contact me|ring me|tél(?:éphone)?|portable|handy|telefon|móvil|celular)\b\W{0,5}(?:on|at|is|:)?\W{0,3}$/i;
/** Words that announce some other number that happens to look like one. */
const OTHER_CONTEXT =
  /\b(?:order|invoice|ticket|case|ref(?:erence)?|tracking|account|acct|transaction|txn|id|sku|serial|no\.?|isbn)\W{0,3}(?:number|no\.?|#)?\W{0,3}$/i;

const NANP = /^(?:\+?1[ .-]?)?\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]\d{4}$/;
const DATE_PREFIX = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\b/;

function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

export function isPhoneLike(value: string, before: string): boolean {
  const digits = digitsOf(value);
  // E.164 allows 15 digits; a 00 international prefix adds two.
  if (digits.length < 7 || digits.length > 17) return false;
  if (DATE_PREFIX.test(value) || OTHER_CONTEXT.test(before)) return false;
  const separated = /[ .\-\u00a0()]/.test(value);
  if (value.startsWith('+')) return digits.length >= 8 && digits.length <= 15;
  if (PHONE_CONTEXT.test(before)) return digits.length <= 15;
  if (digits.startsWith('00')) return separated && digits.length >= 10 && digits.length <= 17;
  if (NANP.test(value)) return true;
  // A national trunk prefix: 020 7946 0958, 06 12 34 56 78, 0612345678.
  return /^0[1-9]/.test(digits) && digits.length >= 10 && digits.length <= 11;
}

export function findPhones(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of matchesOf(CANDIDATE, text)) {
    const value = m[0].trimEnd();
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!isPhoneLike(value, before)) continue;
    const digits = digitsOf(value);
    // +44 20 7946 0958 and 0044 20 7946 0958 are one number to the reader: one placeholder.
    const key = value.startsWith('+') ? digits : digits.replace(/^00/, '');
    spans.push({ kind: 'phone', start: m.index, end: m.index + value.length, key });
  }
  return spans;
}
