import type { Assessment } from '../assessment/schema';
import type { ModerationCategory } from '../models/categories';
import type { GuidancePack, GuidancePolicy, GuidanceSignal } from './schema';

/**
 * Which policy text a reviewer should have at hand for a case (the policies the suggestion
 * cites, then those covering the case's top categories), and a plain search across the
 * installed pack. Pure, so the panel can run it on every render.
 */

export interface Snippet {
  policy: GuidancePolicy;
  /** Why it is shown: "Cited by the suggestion", "harassment 79%". */
  reasons: string[];
}

const pct = (score: number) => `${Math.round(score * 100)}%`;

export function relevantPolicies(
  pack: GuidancePack,
  assessment: Pick<Assessment, 'categories' | 'suggestion'> | undefined,
  options: { topCategories?: number; floor?: number } = {},
): Snippet[] {
  const shown = new Map<string, Snippet>();
  const add = (policy: GuidancePolicy | undefined, reason: string) => {
    if (!policy) return;
    const known = shown.get(policy.id);
    if (known) {
      if (!known.reasons.includes(reason)) known.reasons.push(reason);
    } else shown.set(policy.id, { policy, reasons: [reason] });
  };
  const byId = new Map(pack.policies.map((p) => [p.id, p]));
  const suggestion = assessment?.suggestion;
  const cited = [
    ...(suggestion?.policyIds ?? []),
    ...(suggestion?.citations.map((c) => c.policyId) ?? []),
  ];
  for (const id of cited) add(byId.get(id), 'Cited by the suggestion');
  const top = (
    Object.entries(assessment?.categories ?? {}) as [ModerationCategory, { score: number }][]
  )
    .filter(([, c]) => c.score >= (options.floor ?? 0.05))
    .toSorted(([, a], [, b]) => b.score - a.score)
    .slice(0, options.topCategories ?? 3);
  for (const [category, { score }] of top) {
    for (const policy of pack.policies) {
      if (policy.categories.includes(category) || policy.thresholds[category] !== undefined) {
        add(policy, `${category} ${pct(score)}`);
      }
    }
  }
  return [...shown.values()];
}

export interface PackSearchHit {
  policy: GuidancePolicy;
  /** Where the words were found, best first. */
  fields: ('title' | 'body' | 'signal')[];
  signals: GuidanceSignal[];
  /** Body text around the first word found there, for the result list. */
  excerpt?: string;
}

function excerptAround(body: string, word: string, around = 60): string | undefined {
  const flat = body.replace(/\s+/g, ' ');
  const at = flat.toLowerCase().indexOf(word);
  if (at < 0) return undefined;
  const start = Math.max(0, at - around);
  const end = Math.min(flat.length, at + word.length + around);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** Policies where every word of `query` appears in the title, the text or one of its signals. */
export function searchPack(pack: GuidancePack, query: string, limit = 20): PackSearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: (PackSearchHit & { rank: number })[] = [];
  for (const policy of pack.policies) {
    const title = `${policy.title} ${policy.id}`.toLowerCase();
    const body = policy.body.toLowerCase();
    const own = pack.signals.filter((s) => s.policyId === policy.id);
    const signals = own.filter((s) => words.some((w) => s.pattern.toLowerCase().includes(w)));
    const haystack = [title, body, ...own.map((s) => s.pattern.toLowerCase())].join('\n');
    if (!words.every((w) => haystack.includes(w))) continue;
    const fields: PackSearchHit['fields'] = [];
    if (words.some((w) => title.includes(w))) fields.push('title');
    if (signals.length > 0) fields.push('signal');
    const inBody = words.find((w) => body.includes(w));
    if (inBody) fields.push('body');
    const rank = fields[0] === 'title' ? 0 : fields[0] === 'signal' ? 1 : 2;
    const excerpt = inBody ? excerptAround(policy.body, inBody) : undefined;
    hits.push({ policy, fields, signals, rank, ...(excerpt ? { excerpt } : {}) });
  }
  return hits
    .toSorted((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map(({ rank: _rank, ...hit }) => hit);
}
