import type { Party } from '../case/schema';
import { chooseSpans } from './choose-spans';
import { createDetect, SPLITTABLE } from './detect';
import type { RedactionSettings } from './settings';
import type { PiiKind, PiiSpan } from './span';

/**
 * One redactor per case: placeholders are numbered in order of first appearance across all of
 * the case's texts, so "[EMAIL_1]" in message 2 and message 7 is the same address.
 */
export interface Redactor {
  redact(text: string): string;
  /**
   * Redacts consecutive messages, also finding a number that one message ends and the next
   * begins ("my number is 0612" / "34 56 78"): both halves get the same placeholder.
   */
  redactAll(texts: readonly string[]): string[];
  /** How many values of each kind were replaced so far (distinct values, not occurrences). */
  counts(): Partial<Record<PiiKind, number>>;
}

/** The placeholder's name per kind: `[EMAIL_1]`; the redaction bench reads hits by it. */
export const PLACEHOLDER_LABEL: Record<PiiKind, string> = {
  email: 'EMAIL',
  phone: 'PHONE',
  card: 'CARD',
  iban: 'IBAN',
  ip: 'IP',
  ssn: 'SSN',
  'national-id': 'NATIONAL_ID',
  url: 'URL',
  mac: 'MAC',
  wallet: 'WALLET',
  name: 'NAME',
  address: 'ADDRESS',
  reporter: 'REPORTER',
  reported: 'REPORTED_USER',
};

/** How far into each message a split number is looked for. */
const EDGE = 40;

export function createRedactor(
  parties: { reporter?: Party; reported?: Party },
  settings: RedactionSettings,
): Redactor {
  const detect = createDetect(parties, settings);
  const placeholders = new Map<string, string>();
  const numbered = new Map<PiiKind, number>();

  const placeholderFor = (span: PiiSpan): string => {
    const id = `${span.kind}:${span.key}`;
    const known = placeholders.get(id);
    if (known) return known;
    const n = (numbered.get(span.kind) ?? 0) + 1;
    numbered.set(span.kind, n);
    const isParty = span.kind === 'reporter' || span.kind === 'reported';
    const placeholder = isParty
      ? `[${PLACEHOLDER_LABEL[span.kind]}]`
      : `[${PLACEHOLDER_LABEL[span.kind]}_${n}]`;
    placeholders.set(id, placeholder);
    return placeholder;
  };

  const apply = (text: string, spans: PiiSpan[]): string => {
    let out = '';
    let at = 0;
    for (const span of chooseSpans(text, spans)) {
      out += text.slice(at, span.start) + placeholderFor(span);
      at = span.end;
    }
    return out + text.slice(at);
  };

  const redactAll = (texts: readonly string[]): string[] => {
    if (!detect) return [...texts];
    const spans = texts.map((text) => (text === '' ? [] : detect(text)));
    for (let i = 0; i + 1 < texts.length; i++) {
      const [tail, head] = splitSpans(texts[i] ?? '', texts[i + 1] ?? '', detect);
      spans[i]?.push(...tail);
      spans[i + 1]?.push(...head);
    }
    return texts.map((text, i) => apply(text, spans[i] ?? []));
  };

  return {
    redact: (text) => redactAll([text])[0] ?? text,
    redactAll,
    counts: () => Object.fromEntries(numbered),
  };
}

/**
 * Numbers found only when the end of one message and the start of the next are read as one,
 * joined by a space ("0612" / "34 56 78") or by nothing (a card cut mid-group).
 */
function splitSpans(
  first: string,
  second: string,
  detect: (text: string) => PiiSpan[],
): [PiiSpan[], PiiSpan[]] {
  const tail = first.slice(-EDGE);
  const offset = first.length - tail.length;
  const head = second.slice(0, EDGE);
  const tails: PiiSpan[] = [];
  const heads: PiiSpan[] = [];
  for (const glue of [' ', '']) {
    const headAt = tail.length + glue.length;
    for (const span of detect(`${tail}${glue}${head}`)) {
      if (!SPLITTABLE.has(span.kind) || span.start >= tail.length || span.end <= headAt) continue;
      tails.push({ ...span, start: offset + span.start, end: first.length });
      heads.push({ ...span, start: 0, end: span.end - headAt });
    }
  }
  return [tails, heads];
}
