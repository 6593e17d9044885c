import { createRedactor, PLACEHOLDER_LABEL } from '../utils/redaction/redactor';
import type { PiiKind } from '../utils/redaction/span';
import { DEFAULT_REDACTION } from '../utils/redaction/settings';
import type { Figure } from './page-load';
import { ordinaryLines, piiCases } from './redaction-corpus';

/**
 * Redaction on a public-source corpus: recall per type of personal data (a value counts as found
 * when none of it survives and a placeholder of its type stands in the text), and the share of
 * ordinary case lines that redaction changes at all. Pure Node: no browser.
 */

const pct = (hit: number, all: number) => Math.round((hit / Math.max(1, all)) * 1000) / 10;

type Tally = Map<string, { found: number; all: number }>;
function count(tally: Tally, key: string, found: boolean) {
  const t = tally.get(key) ?? { found: 0, all: 0 };
  tally.set(key, { found: t.found + Number(found), all: t.all + 1 });
}

export function measureRedaction() {
  const byType: Tally = new Map();
  const byForm: Tally = new Map();
  const misses: string[] = [];
  for (const c of piiCases()) {
    const out = createRedactor({}, DEFAULT_REDACTION).redactAll(c.messages);
    const joined = out.join('\n');
    c.secrets.forEach((secret, i) => {
      const type = c.types?.[i] ?? c.type;
      const found =
        !joined.includes(secret) &&
        joined.includes(`[${PLACEHOLDER_LABEL[type.replace('_', '-') as PiiKind]}_`);
      count(byType, type, found);
      count(byForm, c.form, found);
      if (!found)
        misses.push(`${type}/${c.form}: ${JSON.stringify(c.messages)} → ${JSON.stringify(out)}`);
    });
  }
  const lines = ordinaryLines();
  const changed = lines.filter(
    (line) => createRedactor({}, DEFAULT_REDACTION).redact(line) !== line,
  );
  return { byType, byForm, misses, lines: lines.length, changed };
}

export async function redactionFigures(): Promise<Figure[]> {
  const { byType, byForm, lines, changed } = measureRedaction();
  const recall = [...byType].map(([type, t]) => ({ type, value: pct(t.found, t.all) }));
  return [
    {
      key: 'redaction_recall_min_pct',
      value: Math.min(...recall.map((r) => r.value)),
      unit: '%',
      goal: '≥ 95',
    },
    ...recall.map((r) => ({
      key: `redaction_recall_${r.type}_pct`,
      value: r.value,
      unit: '%',
      goal: '≥ 95',
    })),
    ...[...byForm].map(([form, t]) => ({
      key: `redaction_recall_form_${form.replace(/-/g, '_')}_pct`,
      value: pct(t.found, t.all),
      unit: '%',
      goal: '',
    })),
    {
      key: 'redaction_false_hit_pct',
      value: pct(changed.length, lines),
      unit: '%',
      goal: '≤ 1',
    },
  ];
}
