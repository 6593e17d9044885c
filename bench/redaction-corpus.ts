import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedCases } from '../server/seed';

/**
 * The redaction bench's corpora (bench/fixtures/redaction/, built from public sources by
 * build-corpus.ts, each file naming its sources) and the demo console's seeded case text.
 */
export interface PiiCase {
  type: string;
  form: string;
  messages: string[];
  /** Substrings of the messages that must not survive redaction. */
  secrets: string[];
  /** The type of each secret where a sentence holds several kinds. */
  types?: string[];
}

const dir = join(import.meta.dirname, 'fixtures', 'redaction');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

export function piiCases(): PiiCase[] {
  return read<{ cases: PiiCase[] }>('pii.json').cases;
}

/**
 * Seed lines that name a person, a handle or a link carry personal data by design (the demo's
 * harassment cases address their target by name: Maria, Jamie, Lucía); the rest are ordinary
 * case text.
 */
const NAMES_PERSON = /@|:\/\/|\b(?:Maria|Jamie)\b|Lucía/;

export function ordinaryLines(): string[] {
  const seeded = seedCases(new Date('2026-01-01T00:00:00Z'))
    .flatMap((c) => [c.subject ?? '', ...c.items.map((i) => i.text)])
    .filter((text) => text !== '' && !NAMES_PERSON.test(text));
  return [
    ...read<{ lines: string[] }>('ordinary.json').lines,
    ...read<{ lines: string[] }>('ordinary-templates.json').lines,
    ...new Set(seeded),
  ];
}
