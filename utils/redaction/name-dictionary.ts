import lists from './name-lists.json';

/**
 * Word lists for the dictionary name detector: given names and surnames of many languages and
 * common English words (name-lists.json, built by scripts/build-name-lists.ts), and capitalised
 * words that name things other than people as often as people: months, weekdays, countries and
 * the cities that name time zones, taken from the browser's own Intl data rather than a list.
 */
/** Each word is written as the length of the prefix it shares with the one before, then the rest. */
function decode(coded: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  for (const [, shared, rest] of coded.matchAll(/(\d)(\D+)/g)) {
    previous = previous.slice(0, Number(shared)) + rest;
    words.add(previous);
  }
  return words;
}

export const GIVEN: ReadonlySet<string> = decode(lists.given);
export const SURNAMES: ReadonlySet<string> = decode(lists.surnames);
/** Common English words: "Will", "Grace" and "Mark" are names too; "Square" and "Bank" are not. */
export const COMMON: ReadonlySet<string> = decode(lists.common);

/** Capitalised words that start sentences or titles without being part of a name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'i a an the and or but nor so to in on at of for with from by as is are was were be been it ' +
    'he she we they you me my your his her our their its this that these those not no yes ok ' +
    'please thanks thank hi hello hey dear regards cheers sorry also then there here if when ' +
    'what why how who where which after before since until about via per re fw fwd mr mrs ms ' +
    'dr prof sir madam team support admin user bot customer agent moderator ' +
    // Articles of other languages: "El Dorado", "Le Monde", "Der Spiegel".
    'el la le les los las il lo der die das den het een un una une'
  ).split(' '),
);

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs'];

function intlWords(): Set<string> {
  const words = new Set<string>();
  // One-word names only: "Leone" is a person, though "Sierra Leone" is a country. Not folded:
  // Portuguese "março" is a month, "Marco" a name.
  const add = (value: string) => {
    if (/^\p{L}+$/u.test(value)) words.add(value.toLowerCase());
  };
  for (const language of LANGUAGES) {
    const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    for (let i = 0; i < 12; i++) add(month.format(Date.UTC(2024, i, 15)));
    // 1 January 2024 was a Monday: seven days from it give every weekday.
    for (let i = 0; i < 7; i++) add(weekday.format(Date.UTC(2024, 0, 1 + i)));
  }
  const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters)
    for (const b of letters) {
      const name = regions.of(a + b);
      if (name) add(name);
    }
  // "Europe/Paris", "America/Phoenix": the city part names a place, not a person.
  for (const zone of Intl.supportedValuesOf('timeZone')) add(zone.split('/').pop() ?? '');
  return words;
}

let cached: Set<string> | undefined;
/**
 * Months, weekdays, countries and time-zone cities, in lower case; built on first use. Many are
 * names too ("June", "Georgia", "Sofia"), so like common words they count only with a surname.
 */
export function notNames(): ReadonlySet<string> {
  cached ??= intlWords();
  return cached;
}
