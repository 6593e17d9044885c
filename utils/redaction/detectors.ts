import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { luhnValid } from './checksums';
import { longestValidPrefix, matchesOf, type PiiSpan } from './span';

/**
 * Detectors for emails, card numbers and IBANs. Each favours precision where a checksum exists
 * (Luhn, mod-97 with each country's IBAN length and layout) and recall otherwise (obfuscated
 * emails like "jo [at] x [dot] io", internationalised and punycode domains).
 */

const AT = String.raw`(?:@|\s?[[(]at[\])]\s?)`;
const DOT = String.raw`(?:\.|\s?[[(]dot[\])]\s?)`;
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*${DOT}(?:\p{L}{2,24}|xn--[a-z0-9-]{2,59})(?![\p{L}\p{N}_-])`,
  'giu',
);

export function findEmails(text: string): PiiSpan[] {
  return [...matchesOf(EMAIL, text)].map((m) => ({
    kind: 'email',
    start: m.index,
    end: m.index + m[0].length,
    key: m[0]
      .toLowerCase()
      .replace(/\s?[[(]at[\])]\s?/g, '@')
      .replace(/\s?[[(]dot[\])]\s?/g, '.'),
  }));
}

const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;

/** Card numbers are written in groups of four (Amex and Diners 4-6-5 / 4-6-4) or not at all. */
function cardShaped(value: string): boolean {
  const groups = value.split(/[ -]/).map((g) => g.length);
  if (groups.length === 1) return true;
  // Groups of four, some run together where an invisible separator was removed.
  if (groups.slice(0, -1).every((n) => n % 4 === 0) && (groups.at(-1) ?? 0) <= 4) return true;
  return (
    groups.length === 3 && groups[0] === 4 && groups[1] === 6 && [4, 5].includes(groups[2] ?? 0)
  );
}

function cardValid(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  // Issuer ranges start with 2–6 (Mastercard 2-series, Amex/Diners 3, Visa 4, MC 5, Discover 6),
  // or 1 for the airlines' 15-digit UATP cards.
  const issuer = /^[2-6]/.test(digits) || (digits.length === 15 && digits.startsWith('1'));
  return digits.length >= 13 && issuer && cardShaped(value) && luhnValid(digits);
}

/** One in ten numbers passes Luhn: a 16-digit case or ticket id named as such is not a card. */
const ID_BEFORE =
  /\b(?:case|ticket|order|invoice|ref(?:erence)?|tracking|transaction|txn|id|report|incident|request|shipment|parcel|account|acct)\W{0,3}(?:number|no\.?|id|#)?\W{0,3}$/i;
const CARD_BEFORE = /\b(?:card|visa|mastercard|amex|credit|debit|cc|pan)\b/i;

export function findCards(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of matchesOf(CARD, text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (ID_BEFORE.test(before) && !CARD_BEFORE.test(before)) continue;
    const value = longestValidPrefix(m[0], /[ -]/, cardValid);
    if (value) {
      const key = value.replace(/\D/g, '');
      spans.push({ kind: 'card', start: m.index, end: m.index + value.length, key });
    }
  }
  return spans;
}

const IBAN = /(?<![\w])[a-z]{2}\d{2}(?: ?[a-z0-9]){11,30}(?!\w)/gi;

export function findIbans(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of matchesOf(IBAN, text)) {
    const value = longestValidPrefix(m[0], / /, (v) => isValidIBAN(electronicFormatIBAN(v) ?? ''));
    if (value) {
      const key = electronicFormatIBAN(value) ?? value;
      spans.push({ kind: 'iban', start: m.index, end: m.index + value.length, key });
    }
  }
  return spans;
}
