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

const BEFORE = '(?<![\\p{L}\\p{N}_@])';
const AFTER = '(?![\\p{L}\\p{N}_])';

/** "dark_knight99" is also written "dark.knight99", "darkknight99" or "Dark Knight99". */
function handleVariants(handle: string): string[] {
  const parts = handle
    .split(/[_.\-\s]+/)
    .filter(Boolean)
    .map(escape);
  const variants = [parts.join(String.raw`[_.\s-]?`)];
  // Trailing digits are often dropped when the handle is spoken of: "dark_knight".
  const bare = handle.replace(/[_.-]*\d+$/, '');
  if (bare !== handle && bare.length >= 5) variants.push(handleVariants(bare)[0] ?? '');
  return variants;
}

function partyPatterns(party: Party): RegExp[] {
  const alternatives: string[] = [];
  const handle = party.handle?.trim().replace(/^@/, '');
  if (handle && handle.length >= MIN_LENGTH) {
    alternatives.push(...handleVariants(handle).map((v) => `@?${v}`));
  }
  const id = party.id?.trim();
  if (id && id.length >= MIN_LENGTH) alternatives.push(escape(id));
  const name = party.name?.trim();
  const parts = name?.split(/\s+/).filter((p) => p.length >= MIN_LENGTH) ?? [];
  if (name && name.length >= MIN_LENGTH) {
    alternatives.push(
      name
        .split(/\s+/)
        .map(escape)
        .join(String.raw`\s+`),
    );
  }
  const patterns: RegExp[] = [];
  if (alternatives.length > 0) {
    // Longest first, so "Jane Doe" wins over a handle "jane" inside it.
    alternatives.sort((a, b) => b.length - a.length);
    patterns.push(new RegExp(`${BEFORE}(?:${alternatives.join('|')})${AFTER}`, 'giu'));
  }
  if (name && parts.length > 1) {
    // One part of a full name alone ("Keller said…") counts when written as a name: capitalised.
    const capitalised = parts.map((p) => escape(p.charAt(0).toUpperCase() + p.slice(1)));
    patterns.push(new RegExp(`${BEFORE}(?:${capitalised.join('|')})${AFTER}`, 'gu'));
  }
  return patterns;
}

export interface PartyMatcher {
  find(text: string): PiiSpan[];
}

export function partyMatcher(parties: { reporter?: Party; reported?: Party }): PartyMatcher {
  // The reported party comes first: where both share a value, the one under review is named.
  const patterns: [PiiKind, RegExp][] = [
    ...(parties.reported ? partyPatterns(parties.reported) : []).map(
      (p) => ['reported', p] as [PiiKind, RegExp],
    ),
    ...(parties.reporter ? partyPatterns(parties.reporter) : []).map(
      (p) => ['reporter', p] as [PiiKind, RegExp],
    ),
  ];
  return {
    find(text) {
      const spans: PiiSpan[] = [];
      for (const [kind, pattern] of patterns) {
        for (const m of matchesOf(pattern, text)) {
          spans.push({ kind, start: m.index, end: m.index + m[0].length, key: kind });
        }
      }
      return spans;
    },
  };
}
