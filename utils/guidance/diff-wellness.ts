import { panelPolicy } from '../wellness/panel-policy';
import type { GuidancePack } from './schema';

/** A change to the team's wellness policy, as one line of the guidance diff. */
export interface WellnessChange {
  id: string;
  summary: string;
}

const NAMES: Record<string, string> = {
  media: 'media filters apply to',
  thresholds: 'filter thresholds',
  queues: 'filtered queues',
  maskText: 'masking graphic terms',
  maskTerms: 'masked terms',
  'reviewerMay.turnOff': 'reviewers may turn filters off',
  'reviewerMay.dropBlur': 'reviewers may drop the blur',
  'reviewerMay.dropGreyscale': 'reviewers may drop the greyscale',
  'reviewerMay.unmaskText': 'reviewers may turn masking off',
  'exposure.categories': 'high-severity categories added',
  'exposure.minScore': 'high-severity score',
  'exposure.suggestBreakAfterMinutes': 'break suggested after (min)',
  'exposure.suggestLighterQueueAfterMinutes': 'lighter queue suggested after (min)',
  'exposure.breakMinutes': 'break length (min)',
  'exposure.shiftGapHours': 'shift ends after (h)',
  'exposure.sharePerPerson': 'per-person figures shared with leads',
  'exposure.lighterQueue': 'lighter queue named',
  'exposure.lighterQueues': 'lighter queues',
};

// Masked terms are graphic by definition: a banner every reviewer reads says how many, not which.
const COUNTED = new Set(['maskTerms', 'exposure.lighterQueues']);

function show(path: string, value: unknown): string {
  if (value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) {
    if (COUNTED.has(path)) return `${value.length}`;
    return value.length > 0 ? value.join(', ') : 'none';
  }
  if (typeof value === 'object' && value !== null)
    return (
      Object.entries(value)
        .map(([k, v]) => `${k} ${String(v)}`)
        .join(', ') || 'none'
    );
  return String(value);
}

/** One line per wellness setting that differs, the defaults standing in for a missing block. */
export function wellnessChanges(before: GuidancePack, after: GuidancePack): WellnessChange[] {
  const a = panelPolicy(before) as unknown as Record<string, unknown>;
  const b = panelPolicy(after) as unknown as Record<string, unknown>;
  return Object.keys(NAMES).flatMap((path) => {
    const [head, leaf] = path.split('.') as [string, string | undefined];
    const from = leaf ? (a[head] as Record<string, unknown>)[leaf] : a[head];
    const to = leaf ? (b[head] as Record<string, unknown>)[leaf] : b[head];
    if (JSON.stringify(from) === JSON.stringify(to)) return [];
    return [
      { id: path, summary: `Wellness: ${NAMES[path]} ${show(path, from)} → ${show(path, to)}` },
    ];
  });
}
