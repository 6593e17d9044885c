/** A piece of personal data found in a text, and the value that identifies it within a case. */
export type PiiKind =
  | 'email'
  | 'phone'
  | 'card'
  | 'iban'
  | 'ip'
  | 'ssn'
  | 'national-id'
  | 'url'
  | 'mac'
  | 'wallet'
  | 'name'
  | 'address'
  | 'reporter'
  | 'reported';

export interface PiiSpan {
  kind: PiiKind;
  start: number;
  end: number;
  /** Normalised value: the same person's data written two ways gets the same placeholder. */
  key: string;
}

/** Runs a global regex over a text, yielding each match with its offset. */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const re = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex += 1;
    else yield m;
  }
}

/**
 * Tries a match, then ever shorter prefixes of it cut at separators, until one validates: a card
 * number or IBAN followed by more digits or words should still be found.
 */
export function longestValidPrefix(
  candidate: string,
  separator: RegExp,
  valid: (value: string) => boolean,
): string | undefined {
  const cuts = [...candidate.matchAll(new RegExp(separator.source, 'g'))].map((m) => m.index);
  for (let value = candidate; ;) {
    if (valid(value)) return value;
    const cut = cuts.pop();
    if (cut === undefined) return undefined;
    value = candidate.slice(0, cut);
  }
}
