import { ibanValid, luhnValid } from './checksums';
import { longestValidPrefix, matchesOf, type PiiSpan } from './span';

/**
 * Detectors for emails, card numbers, IBANs and IP addresses. Each favours precision where a
 * checksum exists (Luhn, mod-97) and recall otherwise (obfuscated emails like "jo [at] x [dot] io").
 */

const AT = String.raw`(?:@|\s?[[(]at[\])]\s?)`;
const DOT = String.raw`(?:\.|\s?[[(]dot[\])]\s?)`;
const EMAIL = new RegExp(
  String.raw`(?<![\w.%+-])[a-z0-9][a-z0-9._%+-]*${AT}[a-z0-9-]+(?:${DOT}[a-z0-9-]+)*${DOT}[a-z]{2,24}(?![\w-])`,
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
  if (groups.slice(0, -1).every((n) => n === 4) && (groups.at(-1) ?? 0) <= 4) return true;
  return (
    groups.length === 3 && groups[0] === 4 && groups[1] === 6 && [4, 5].includes(groups[2] ?? 0)
  );
}

function cardValid(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  // Issuer ranges start with 2–6 (Mastercard 2-series, Amex/Diners 3, Visa 4, MC 5, Discover 6).
  return digits.length >= 13 && /^[2-6]/.test(digits) && cardShaped(value) && luhnValid(digits);
}

export function findCards(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of matchesOf(CARD, text)) {
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
    const value = longestValidPrefix(m[0], / /, ibanValid);
    if (value) {
      const key = value.replace(/\s+/g, '').toUpperCase();
      spans.push({ kind: 'iban', start: m.index, end: m.index + value.length, key });
    }
  }
  return spans;
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?!\\.?\\w)`, 'g');
/** "version 1.2.3.4" is a version, not an address. */
const VERSION_BEFORE = /(?:\bv|\bver\.?|\bversion|\brelease|\bbuild)\s*$/i;
// The dotted tail comes first so ::ffff:192.0.2.1 is one address, not "::ffff:192" and a rest.
const IPV6 =
  /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{0,4})(?![\w:]|\.\d)/gi;

/** The canonical form of an IPv6 address, or undefined when the text is not one. */
function ipv6Host(value: string): string | undefined {
  const colons = value.split(':').length - 1;
  // Times (10:30:45) and MAC-like strings are not addresses; nor is "a::b" in code.
  if (!/\d/.test(value) || (!value.includes('::') && colons < 7 && !value.includes('.'))) {
    return undefined;
  }
  try {
    return new URL(`http://[${value}]/`).hostname;
  } catch {
    return undefined;
  }
}

export function findIps(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of matchesOf(IPV4, text)) {
    if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    spans.push({ kind: 'ip', start: m.index, end: m.index + m[0].length, key: m[0] });
  }
  for (const m of matchesOf(IPV6, text)) {
    const key = ipv6Host(m[0]);
    if (!key) continue;
    spans.push({ kind: 'ip', start: m.index, end: m.index + m[0].length, key });
  }
  return spans;
}
