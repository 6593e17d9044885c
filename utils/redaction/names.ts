import { findDictionaryNames } from './dictionary-names';
import { foldName } from './fold-name';
import { matchesOf, type PiiSpan } from './span';

/**
 * Third-party names: people other than the case's own parties, named in passing ("my neighbour
 * Tom Baker", "Mrs. Keller", "my name is Ana Ruiz"). Without a language model a name is only
 * recognisable by the words that introduce it (here) or by a given-name list
 * (dictionary-names.ts); the two are merged so a cue's surname and the list's given name make one
 * span.
 */

const WORD = String.raw`\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?`;
const NAME = `${WORD}(?:\\s+(?:(?:van|von|de|del|da|di|le|la|bin|al)\\s+)?${WORD}){0,2}`;
const FULL_NAME = `${WORD}(?:\\s+(?:(?:van|von|de|del|da|di|le|la|bin|al)\\s+)?${WORD}){1,2}`;
const RELATIONS =
  'son|daughter|wife|husband|partner|friend|brother|sister|mom|mum|mother|dad|father|boss|manager|neighbou?r|ex|girlfriend|boyfriend|teacher|colleague|coworker|cousin|uncle|aunt|landlord|roommate|flatmate|classmate|child|kid';

/** Capitalised words that follow "Regards," or "Hi" without being anyone's name. */
const NOT_A_NAME =
  /^(?:The|A|An|All|Everyone|Team|Support|Customer|Service|Sir|Madam|There|Again|You|We|Me|Us|Admin|Moderator|Mods?)\b/;

const CUED = [
  // Honorifics take a single surname: "Mrs. Keller".
  new RegExp(
    String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Herr|Frau|Mme|Mlle|M|Sr|Sra|mr|mrs|ms|dr)\.?\s+(${NAME})`,
    'gu',
  ),
  new RegExp(
    String.raw`(?:^|[.!?\n]\s*)(?:Hi|Hello|Hey|Dear|Thanks|Thank you),?\s+(${NAME})\b`,
    'gu',
  ),
  new RegExp(
    String.raw`\b(?:[Nn]ame(?: on the account)? is|[Nn]ame:|'s name|[Uu]ser:|[Nn]amed|[Cc]alled|[Ss]igned,?|[Rr]egards,|[Tt]hanks,)\s+(${NAME})`,
    'gu',
  ),
  // "I'm Fine" is not a name: a self-introduction needs a first and last name.
  new RegExp(String.raw`\b(?:I am|I'm|[Tt]his is|[Ii]t's)\s+(${FULL_NAME})`, 'gu'),
  new RegExp(
    String.raw`\b(?:[Mm]y|[Hh]er|[Hh]is|[Tt]heir|[Oo]ur)\s+(?:${RELATIONS}),?\s+(${NAME})`,
    'gu',
  ),
];

function findCuedNames(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const pattern of CUED) {
    for (const m of matchesOf(pattern, text)) {
      const name = m[1] ?? '';
      if (NOT_A_NAME.test(name)) continue;
      const start = m.index + m[0].length - name.length;
      const key = foldName(name).replace(/\s+/g, ' ');
      spans.push({ kind: 'name', start, end: start + name.length, key });
    }
  }
  return spans;
}

export function findNames(text: string): PiiSpan[] {
  const spans = [...findCuedNames(text), ...findDictionaryNames(text)].toSorted(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const merged: PiiSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      if (span.end <= last.end) continue;
      const key = foldName(text.slice(last.start, span.end)).replace(/\s+/g, ' ');
      merged[merged.length - 1] = { ...last, end: span.end, key };
    } else merged.push(span);
  }
  return merged;
}
