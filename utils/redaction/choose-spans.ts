import type { PiiKind, PiiSpan } from './span';

/** Earlier wins an overlap: an email's digits are not also a phone number. */
const PRIORITY: PiiKind[] = [
  'email',
  'url',
  'reported',
  'reporter',
  'wallet',
  'iban',
  'card',
  'ssn',
  'national-id',
  'mac',
  // An address's house number and postcode are not a phone number or an IP.
  'address',
  'ip',
  'phone',
  'name',
];

/** The spans that replace text: one per character, the higher kind and then the longer first. */
export function chooseSpans(text: string, spans: PiiSpan[]): PiiSpan[] {
  const ranked = spans.toSorted(
    (a, b) =>
      PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  // A map of taken characters keeps this linear: a text naming a party 25 000 times has as many spans.
  const taken = new Uint8Array(spans.reduce((most, s) => Math.max(most, s.end), 0));
  const kept: PiiSpan[] = [];
  for (const span of ranked) {
    const cut = taken.subarray(span.start, span.end).indexOf(1);
    // A name whose surname an address swallowed keeps its given name: "[NAME_1] [ADDRESS_1]".
    let end = cut === -1 ? span.end : span.kind === 'name' ? span.start + cut : span.start;
    while (end > span.start && /\s/.test(text.charAt(end - 1))) end--;
    if (end <= span.start) continue;
    taken.fill(1, span.start, end);
    kept.push({ ...span, end });
  }
  // Placeholders are numbered in reading order, so sort before the caller assigns them.
  return kept.toSorted((a, b) => a.start - b.start);
}
