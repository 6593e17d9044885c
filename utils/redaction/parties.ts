import type { Party } from '../case/schema';
import { matchesOf, type PiiKind, type PiiSpan } from './span';

/**
 * The case's own reporter and reported party are named in its messages; they are replaced by
 * their role so the model still knows who said what about whom.
 */

/** Shorter values ("al", "7") would replace ordinary words and numbers across the case. */
const MIN_LENGTH = 3;

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function partyPattern(party: Party): RegExp | undefined {
  const alternatives: string[] = [];
  const handle = party.handle?.trim().replace(/^@/, '');
  if (handle && handle.length >= MIN_LENGTH) alternatives.push(`@?${escape(handle)}`);
  const id = party.id?.trim();
  if (id && id.length >= MIN_LENGTH) alternatives.push(escape(id));
  const name = party.name?.trim();
  if (name && name.length >= MIN_LENGTH) {
    alternatives.push(
      name
        .split(/\s+/)
        .map(escape)
        .join(String.raw`\s+`),
    );
  }
  if (alternatives.length === 0) return undefined;
  // Longest first, so "Jane Doe" wins over a handle "jane" inside it.
  alternatives.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}_@])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

export interface PartyMatcher {
  find(text: string): PiiSpan[];
}

export function partyMatcher(parties: { reporter?: Party; reported?: Party }): PartyMatcher {
  // The reported party comes first: where both share a value, the one under review is named.
  const patterns: [PiiKind, RegExp | undefined][] = [
    ['reported', parties.reported && partyPattern(parties.reported)],
    ['reporter', parties.reporter && partyPattern(parties.reporter)],
  ];
  return {
    find(text) {
      const spans: PiiSpan[] = [];
      for (const [kind, pattern] of patterns) {
        if (!pattern) continue;
        for (const m of matchesOf(pattern, text)) {
          spans.push({ kind, start: m.index, end: m.index + m[0].length, key: kind });
        }
      }
      return spans;
    },
  };
}
