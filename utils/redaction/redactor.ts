import type { Party } from '../case/schema';
import { findCards, findEmails, findIbans, findIps } from './detectors';
import { partyMatcher } from './parties';
import { findPhones } from './phone';
import type { RedactionSettings } from './settings';
import type { PiiKind, PiiSpan } from './span';

/**
 * One redactor per case: placeholders are numbered in order of first appearance across all of
 * the case's texts, so "[EMAIL_1]" in message 2 and message 7 is the same address.
 */
export interface Redactor {
  redact(text: string): string;
  /** How many values of each kind were replaced so far (distinct values, not occurrences). */
  counts(): Partial<Record<PiiKind, number>>;
}

const LABEL: Record<PiiKind, string> = {
  email: 'EMAIL',
  phone: 'PHONE',
  card: 'CARD',
  iban: 'IBAN',
  ip: 'IP',
  reporter: 'REPORTER',
  reported: 'REPORTED_USER',
};

/** Earlier wins an overlap: an email's digits are not also a phone number. */
const PRIORITY: PiiKind[] = ['email', 'reported', 'reporter', 'iban', 'card', 'ip', 'phone'];

export function createRedactor(
  parties: { reporter?: Party; reported?: Party },
  settings: RedactionSettings,
): Redactor {
  const detectors: ((text: string) => PiiSpan[])[] = [];
  if (settings.enabled) {
    if (settings.emails) detectors.push(findEmails);
    if (settings.parties) {
      const matcher = partyMatcher(parties);
      detectors.push((text) => matcher.find(text));
    }
    if (settings.ibans) detectors.push(findIbans);
    if (settings.cards) detectors.push(findCards);
    if (settings.ips) detectors.push(findIps);
    if (settings.phones) detectors.push(findPhones);
  }
  const placeholders = new Map<string, string>();
  const numbered = new Map<PiiKind, number>();

  const placeholderFor = (span: PiiSpan): string => {
    const id = `${span.kind}:${span.key}`;
    const known = placeholders.get(id);
    if (known) return known;
    const n = (numbered.get(span.kind) ?? 0) + 1;
    numbered.set(span.kind, n);
    const isParty = span.kind === 'reporter' || span.kind === 'reported';
    const placeholder = isParty ? `[${LABEL[span.kind]}]` : `[${LABEL[span.kind]}_${n}]`;
    placeholders.set(id, placeholder);
    return placeholder;
  };

  return {
    redact(text) {
      if (detectors.length === 0 || text === '') return text;
      const chosen = chooseSpans(detectors.flatMap((detect) => detect(text)));
      let out = '';
      let at = 0;
      for (const span of chosen) {
        out += text.slice(at, span.start) + placeholderFor(span);
        at = span.end;
      }
      return out + text.slice(at);
    },
    counts: () => Object.fromEntries(numbered),
  };
}

function chooseSpans(spans: PiiSpan[]): PiiSpan[] {
  const ranked = spans.toSorted(
    (a, b) =>
      PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: PiiSpan[] = [];
  for (const span of ranked) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  // Placeholders are numbered in reading order, so sort before the caller assigns them.
  return kept.toSorted((a, b) => a.start - b.start);
}
