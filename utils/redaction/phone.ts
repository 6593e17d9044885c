import { parsePhoneNumber } from 'awesome-phonenumber';
import { matchesOf, type PiiSpan } from './span';

/**
 * Phone numbers are the detector most prone to false hits: dates, order numbers, prices and
 * versions are digit runs too. A candidate's shape is found here; whether it is a number some
 * country actually hands out is libphonenumber's call (awesome-phonenumber, its compiled build).
 */

const PART = String.raw`(?:\(\d{1,4}\)|\d)`;
const CANDIDATE = new RegExp(
  String.raw`(?<![\w+@/.#:,-])\+?${PART}(?:[ .\-]{0,2}${PART}){6,17}(?![\w@/-]|[.,:]\d)`,
  'g',
);

/** Words that announce a phone number, in the languages reviewers most often see. */
const PHONE_CONTEXT =
  /\b(?:phone|tel|telephone|mobile|cell|call(?: me)?|text(?: me)?|sms|whats ?app|signal|telegram|viber|reach me|contact me|ring me|my (?:number|no\.?)|tél(?:éphone)?|portable|handy|telefon|móvil|celular)\b\W{0,5}(?:on|at|is|:)?\W{0,3}$/i;
/** Words that announce some other number that happens to look like one. */
const OTHER_CONTEXT =
  /\b(?:order|invoice|ticket|case|ref(?:erence)?|tracking|account|acct|transaction|txn|id|sku|serial|no\.?|isbn|build|version)\W{0,3}(?:number|no\.?|#)?\W{0,3}$/i;
// A date ends where its year does: "02.83.73.92.39" goes on, so it is no date.
const DATE_PREFIX =
  /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?![./-]?\d)|\d{4}[./-]\d{1,2}[./-]\d{1,2}\b)/;

/**
 * Regions whose national form (no +, no cue word) is tried, in the order reviewers' cases most
 * often come from. Each added region also adds look-alikes, so the list stays short.
 */
const NATIONAL_REGIONS = ['US', 'GB', 'IN', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'AU', 'MX', 'JP'];

function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

function groupsOf(value: string): string {
  return value
    .split(/\D+/)
    .filter(Boolean)
    .map((group) => group.length)
    .join(',');
}

/**
 * Valid in the region, and written as that region writes its numbers: "3 400 000" and
 * "2010-2020" are valid somewhere, but no one groups a phone number that way. A trunk 0
 * ("030 1234 5678") is telling enough on its own.
 */
function nationalIn(value: string, regionCode: string): boolean {
  const result = parsePhoneNumber(value, { regionCode });
  if (!result.valid) return false;
  if (digitsOf(value).startsWith('0')) return true;
  // India and others write the trunk 0 in their national form; many leave it out.
  const national = result.number.national.replace(/^0/, '');
  if (groupsOf(national) === groupsOf(value)) return true;
  // Nine digits or more in groups of two or more ("603 511 778") is how people write phones.
  const groups = value.split(/\D+/).filter(Boolean);
  // 3-2-4 is the layout of a US Social Security number, which has its own detector.
  const ssnLayout = groups.map((g) => g.length).join() === '3,2,4';
  return digitsOf(value).length >= 9 && groups.every((g) => g.length >= 2) && !ssnLayout;
}

function possibleInternational(value: string): boolean {
  const result = parsePhoneNumber(value);
  return result.valid || result.possible;
}

export function isPhoneLike(value: string, before: string): boolean {
  const digits = digitsOf(value);
  // E.164 allows 15 digits; a 00 international prefix adds two.
  if (digits.length < 7 || digits.length > 17) return false;
  const cued = PHONE_CONTEXT.test(before);
  if (OTHER_CONTEXT.test(before) || (!cued && DATE_PREFIX.test(value))) return false;
  if (value.startsWith('+')) return possibleInternational(value);
  if (digits.startsWith('00') && /[ .\-()]/.test(value)) {
    return possibleInternational(`+${value.replace(/^\D*00/, '')}`);
  }
  // Announced numbers may be local ones ("call me on 5550199") that no region would validate.
  if (cued) return digits.length <= 15;
  const separated = /[ .\-()]/.test(value);
  // Groups of three after a short first group are how quantities are written ("450 000 000
  // users", "312 456 789 EUR"); without a cue or trunk 0 they are read as one.
  const lengths = value
    .split(/\D+/)
    .filter(Boolean)
    .map((g) => g.length);
  const thousands =
    lengths.length >= 3 && (lengths[0] ?? 0) <= 3 && lengths.slice(1).every((n) => n === 3);
  if (thousands && !digits.startsWith('0')) return false;
  // A bare run of digits without a trunk 0 is more often an id than a phone number.
  if (!separated && !digits.startsWith('0')) return false;
  if (NATIONAL_REGIONS.some((region) => nationalIn(value, region))) return true;
  // Reserved "drama" ranges (07700 900xxx) are not valid anywhere but are written as phones.
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
