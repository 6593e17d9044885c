import { unitFromText } from './hash';
import { IMAGE_CUES, MODERATION_CATEGORIES, TEXT_CUES, type ModerationCategory } from './cues';

/** One cue that fired, kept so the policy-LLM imitation can cite what it "saw". */
export interface CueMatch {
  category: ModerationCategory;
  weight: number;
  /** the matched text, or `image:<url>` for an image cue */
  snippet: string;
}

export interface ScoredInput {
  scores: Record<ModerationCategory, number>;
  matches: CueMatch[];
}

/**
 * Scores text parts and image URLs together, as one moderation result. Everything is derived
 * from the input alone so the same input always yields the same numbers.
 */
export function scoreInput(
  texts: readonly string[],
  imageUrls: readonly string[] = [],
): ScoredInput {
  const key = `${texts.join('\n')}\u0000${imageUrls.join('\n')}`;
  const matches: CueMatch[] = [];
  for (const text of texts) {
    for (const cue of TEXT_CUES) {
      const m = cue.pattern.exec(text);
      if (!m) continue;
      for (const [category, weight] of entries(cue.weights)) {
        matches.push({ category, weight, snippet: m[0] });
      }
    }
  }
  for (const url of imageUrls) {
    const scanned = imageScanText(url);
    for (const cue of IMAGE_CUES) {
      if (!cue.pattern.test(scanned)) continue;
      for (const [category, weight] of entries(cue.weights)) {
        matches.push({ category, weight, snippet: `image:${shortUrl(url)}` });
      }
    }
  }
  const scores = mapCategories((category) => {
    // Baseline 1e-5..1e-3 on a log scale, varied per category so the numbers look like a model's.
    const baseline = 10 ** (-5 + 2 * unitFromText(`${category}|${key}`));
    const weights = matches.filter((m) => m.category === category).map((m) => m.weight);
    if (weights.length === 0) return baseline;
    const noisyOr = 1 - weights.reduce((rest, w) => rest * (1 - w), 1);
    // Shave up to 3% off so equal cue sets in different texts do not give identical scores.
    const jittered = noisyOr * (0.97 + 0.03 * unitFromText(`jitter|${category}|${key}`));
    return Math.min(0.9999, Math.max(baseline, jittered));
  });
  return { scores, matches };
}

export function mapCategories<T>(fn: (c: ModerationCategory) => T): Record<ModerationCategory, T> {
  const pairs = MODERATION_CATEGORIES.map((c) => [c, fn(c)] as const);
  return Object.fromEntries(pairs) as Record<ModerationCategory, T>;
}

/** Highest-scoring category first; ties broken by the fixed category order. */
export function rankCategories(scores: Record<ModerationCategory, number>): ModerationCategory[] {
  // Sorting a fresh copy; toSorted is ES2023 and the project's check target is ES2022.
  // oxlint-disable-next-line unicorn/no-array-sort
  return [...MODERATION_CATEGORIES].sort((a, b) => scores[b] - scores[a]);
}

/**
 * For http(s) URLs the URL itself carries the cue (e.g. /media/violence-01.jpg). For data: URLs
 * we scan the decoded payload instead, so a demo can embed a marker in an SVG or PNG text chunk.
 */
function imageScanText(url: string): string {
  const data = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(url);
  if (!data) return url;
  const payload = data[3] ?? '';
  if (data[2]) return Buffer.from(payload, 'base64').toString('latin1');
  try {
    return decodeURIComponent(payload);
  } catch {
    return payload;
  }
}

function shortUrl(url: string): string {
  return url.startsWith('data:') ? `${url.slice(0, 32)}…` : url;
}

function entries<K extends string>(record: Partial<Record<K, number>>): [K, number][] {
  return (Object.entries(record) as [K, number | undefined][]).filter(
    (e): e is [K, number] => e[1] !== undefined,
  );
}
