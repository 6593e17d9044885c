import { describe, expect, it } from 'vitest';
import type { SignalHit } from '../../assessment/schema';
import { DEFAULT_GUIDANCE_PACK as pack } from '../default-pack';
import { applyRules, type CategoryOverview } from '../rules';

const scores = (entries: Record<string, number>): CategoryOverview =>
  Object.fromEntries(Object.entries(entries).map(([c, score]) => [c, { score, itemIds: ['m-1'] }]));

const hit = (signalId: string, policyId: string, text: string): SignalHit => ({
  signalId,
  policyId,
  itemId: 'm-2',
  start: 0,
  end: text.length,
  text,
});

describe('rules layer, table-driven over the default pack', () => {
  const table: {
    name: string;
    categories: CategoryOverview;
    hits?: SignalHit[];
    action: string | null;
    policyIds: string[];
    uncertain: boolean;
  }[] = [
    {
      name: 'no scores and no signals: no suggestion',
      categories: {},
      action: null,
      policyIds: [],
      uncertain: false,
    },
    {
      name: 'all low: no violation',
      categories: scores({ harassment: 0.05, violence: 0.01 }),
      action: 'no-action',
      policyIds: [],
      uncertain: false,
    },
    {
      name: 'harassment over 0.60 → remove',
      categories: scores({ harassment: 0.82 }),
      action: 'remove',
      policyIds: ['harassment'],
      uncertain: false,
    },
    {
      name: 'at the threshold counts',
      categories: scores({ harassment: 0.6 }),
      action: 'remove',
      policyIds: ['harassment'],
      uncertain: true,
    },
    {
      name: 'just below the threshold does not',
      categories: scores({ harassment: 0.59 }),
      action: 'no-action',
      policyIds: [],
      uncertain: true,
    },
    {
      name: 'threat + harassment → escalate (more severe) first',
      categories: scores({ harassment: 0.8, 'harassment/threatening': 0.9 }),
      action: 'escalate',
      policyIds: ['threats', 'harassment'],
      uncertain: false,
    },
    {
      name: 'self-harm is critical over a threat',
      categories: scores({ 'self-harm/intent': 0.8, 'harassment/threatening': 0.75 }),
      action: 'escalate-self-harm',
      policyIds: ['self-harm', 'threats'],
      uncertain: false,
    },
    {
      name: 'minors escalate at a low score',
      categories: scores({ 'sexual/minors': 0.15, sexual: 0.2 }),
      action: 'escalate-child-safety',
      policyIds: ['minors'],
      uncertain: false,
    },
    {
      name: 'a signal triggers its policy without scores',
      categories: {},
      hits: [hit('seed-phrase', 'spam-scams', 'seed phrase')],
      action: 'remove',
      policyIds: ['spam-scams'],
      uncertain: false,
    },
    {
      name: 'a signal and a score agree',
      categories: scores({ illicit: 0.9 }),
      hits: [hit('seed-phrase', 'spam-scams', 'seed phrase')],
      action: 'remove',
      policyIds: ['spam-scams'],
      uncertain: false,
    },
    {
      name: 'a threat signal outranks a scam score',
      categories: scores({ illicit: 0.65 }),
      hits: [hit('know-where-you-live', 'threats', 'know where you live')],
      action: 'escalate',
      policyIds: ['threats', 'spam-scams'],
      uncertain: true,
    },
  ];

  it.each(table)('$name', (row) => {
    const actual = applyRules(pack, row.categories, row.hits ?? []);
    expect(actual.suggestion?.actionId ?? null).toBe(row.action);
    expect(actual.suggestion?.policyIds ?? []).toEqual(row.policyIds);
    expect(actual.uncertain).toBe(row.uncertain);
  });
});

describe('explanation and confidence', () => {
  it('one line per triggered policy, in the reviewer-readable form', () => {
    const actual = applyRules(pack, scores({ harassment: 0.82 }), []);
    expect(actual.explanation).toEqual([
      'harassment 0.82 ≥ 0.60 in Harassment and bullying → Remove content',
    ]);
    expect(actual.suggestion?.rationale).toBe(actual.explanation[0]);
    expect(actual.suggestion?.citations[0]?.policyId).toBe('harassment');
    expect(actual.suggestion?.citations[0]?.quote).toMatch(/^Remove insults/);
  });

  it('confidence grows with the margin over the threshold', () => {
    const at = applyRules(pack, scores({ harassment: 0.6 }), []).suggestion?.confidence ?? 0;
    const mid = applyRules(pack, scores({ harassment: 0.8 }), []).suggestion?.confidence ?? 0;
    const top = applyRules(pack, scores({ harassment: 1 }), []).suggestion?.confidence ?? 0;
    expect([at, mid, top]).toEqual([0.5, 0.75, 1]);
  });

  it('"no violation" is surer the further scores are below every threshold', () => {
    const low = applyRules(pack, scores({ harassment: 0.03 }), []).suggestion;
    const near = applyRules(pack, scores({ harassment: 0.54 }), []).suggestion;
    expect(low?.confidence).toBeGreaterThan(near?.confidence ?? 1);
    expect(near?.rationale).toBe(
      'no policy threshold reached; closest: harassment 0.54 < 0.60 in Harassment and bullying',
    );
  });

  it('the uncertain band is configurable', () => {
    const c = scores({ harassment: 0.82 });
    expect(applyRules(pack, c, [], { low: 0.5, high: 0.9 }).uncertain).toBe(true);
    expect(applyRules(pack, c, [], { low: 0.2, high: 0.8 }).uncertain).toBe(false);
  });

  it('a policy naming an unknown action is skipped with a note', () => {
    const broken = { ...pack, policies: [{ ...pack.policies[0]!, action: 'ban-forever' }] };
    const actual = applyRules(broken, scores({ harassment: 0.9 }), []);
    expect(actual.triggered).toEqual([]);
    expect(actual.notes[0]).toMatch(/ban-forever/);
  });
});
