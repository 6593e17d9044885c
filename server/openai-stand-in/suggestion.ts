import { FLAG_THRESHOLD, type ModerationCategory } from './cues';
import { clampNumber, type Filler, type Fillers, type JsonSchema } from './schema-fill';
import { rankCategories, scoreInput, type CueMatch } from './scoring';

/**
 * Imitates the policy LLM: fields the Caselight prompt asks for (action, policy_ids, confidence,
 * rationale, citations) are filled from the same cue scores the moderation endpoint gives, so
 * the demo's suggestion agrees with its risk scores. Everything else comes from the schema walker.
 */

const SEVERE: readonly ModerationCategory[] = [
  'harassment/threatening',
  'hate/threatening',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual/minors',
];

/** Enum stems that make a policy id plausibly about a category. */
const POLICY_STEMS: Record<string, readonly string[]> = {
  harassment: ['harass', 'bully', 'abuse', 'threat'],
  hate: ['hate'],
  illicit: ['illicit', 'scam', 'fraud', 'spam'],
  'self-harm': ['self_harm', 'selfharm', 'suicide'],
  sexual: ['sexual', 'nsfw', 'adult', 'nudity'],
  'sexual/minors': ['minor', 'child', 'csam'],
  violence: ['violen', 'threat', 'gore', 'graphic'],
};

export interface Assessment {
  top: ModerationCategory;
  topScore: number;
  flagged: ModerationCategory[];
  matches: CueMatch[];
}

export function assess(text: string): Assessment {
  const { scores, matches } = scoreInput([text]);
  const ranked = rankCategories(scores);
  const top = ranked[0] ?? 'harassment';
  const flagged = ranked.filter((c) => scores[c] >= FLAG_THRESHOLD);
  return { top, topScore: scores[top], flagged, matches };
}

export function preferredActions(a: Assessment): readonly string[] {
  if (a.flagged.length === 0) return ['no_action', 'none', 'approve', 'allow', 'dismiss', 'ignore'];
  if (SEVERE.includes(a.top)) return ['escalate', 'remove', 'restrict', 'warn'];
  return ['remove', 'restrict', 'warn', 'escalate', 'label'];
}

export function rationale(a: Assessment): string {
  if (a.flagged.length === 0) {
    return 'Stand-in heuristic (not OpenAI): no moderation cues matched; nothing suggests a policy violation.';
  }
  const quotes = unique(a.matches.map((m) => `"${m.snippet}"`))
    .slice(0, 3)
    .join(', ');
  return `Stand-in heuristic (not OpenAI): matched ${quotes}; strongest category ${a.top} (${a.topScore.toFixed(2)}).`;
}

export function suggestionFillers(a: Assessment): Fillers {
  const action: Filler = (schema) => {
    const options = Array.isArray(schema.enum)
      ? schema.enum.filter((v) => typeof v === 'string')
      : undefined;
    const wanted = preferredActions(a);
    if (!options)
      return schema.type === 'string' || schema.type === undefined ? wanted[0] : undefined;
    return (
      wanted.map((w) => options.find((o) => normalize(o).startsWith(w))).find(Boolean) ?? options[0]
    );
  };
  const policyIds: Filler = (schema, ctx) => {
    const items = ctx.concrete(schema.items);
    if (schema.type !== 'array' || !isStringSchema(items)) return undefined;
    const options = Array.isArray(items.enum)
      ? items.enum.filter((v) => typeof v === 'string')
      : undefined;
    const stems = a.flagged.flatMap(
      (c) => POLICY_STEMS[c] ?? POLICY_STEMS[c.split('/')[0] ?? ''] ?? [],
    );
    const ids = options
      ? options.filter((o) => stems.some((s) => normalize(o).includes(s)))
      : a.flagged;
    return padToMinItems(schema, ids, () => ctx.fill(items));
  };
  const confidence: Filler = (schema) => {
    if (schema.type !== 'number' && schema.type !== 'integer') return undefined;
    const raw = a.flagged.length > 0 ? a.topScore : 1 - a.topScore;
    const value = typeof schema.maximum === 'number' && schema.maximum > 1 ? raw * 100 : raw;
    const rounded = schema.type === 'integer' ? Math.round(value) : Math.round(value * 100) / 100;
    return clampNumber(schema, rounded);
  };
  const rationaleFiller: Filler = (schema) => {
    if (!isStringSchema(schema)) return undefined;
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
    return rationale(a).slice(0, max);
  };
  const citations: Filler = (schema, ctx) => {
    const items = ctx.concrete(schema.items);
    if (schema.type !== 'array' || (items.type !== 'object' && !isStringSchema(items))) {
      return undefined;
    }
    const snippets = unique(a.matches.map((m) => m.snippet)).slice(0, 3);
    const quote: Filler = () => snippets[0];
    const cited =
      items.type === 'object'
        ? snippets.map((s) =>
            ctx.fill(items, { quote: () => s, text: () => s, excerpt: () => s, snippet: () => s }),
          )
        : snippets;
    return padToMinItems(schema, cited, () => ctx.fill(items, { quote }));
  };
  return { action, policy_ids: policyIds, confidence, rationale: rationaleFiller, citations };
}

function padToMinItems(
  schema: JsonSchema,
  values: readonly unknown[],
  make: () => unknown,
): unknown[] {
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  const out = values.slice(0, max);
  while (out.length < min) out.push(make());
  return out;
}

function isStringSchema(schema: JsonSchema): boolean {
  return schema.type === 'string' || (schema.type === undefined && !schema.properties);
}

function normalize(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
