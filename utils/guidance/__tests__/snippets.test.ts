import { expect, test } from 'vitest';
import { DEFAULT_GUIDANCE_PACK as pack } from '../default-pack';
import { relevantPolicies, searchPack } from '../snippets';

const suggestion = (policyIds: string[]) => ({
  actionId: 'escalate',
  policyIds,
  confidence: 0.8,
  rationale: '',
  citations: policyIds.map((policyId) => ({ policyId, quote: '' })),
  source: 'rules' as const,
});

test('cited policies first, then those covering the top categories, each once with its reasons', () => {
  const expected = [
    { id: 'threats', reasons: ['Cited by the suggestion', 'harassment/threatening 74%'] },
    { id: 'violence-gore', reasons: ['violence 54%'] },
    { id: 'harassment', reasons: ['harassment 45%'] },
  ];
  const actual = relevantPolicies(pack, {
    suggestion: suggestion(['threats']),
    categories: {
      'harassment/threatening': { score: 0.74, itemIds: [] },
      violence: { score: 0.54, itemIds: [] },
      harassment: { score: 0.45, itemIds: [] },
      sexual: { score: 0.01, itemIds: [] },
    },
  });
  expect(actual.map((s) => ({ id: s.policy.id, reasons: s.reasons }))).toEqual(expected);
});

test('only the top categories count, and noise below the floor never does', () => {
  const actual = relevantPolicies(
    pack,
    {
      suggestion: null,
      categories: {
        harassment: { score: 0.9, itemIds: [] },
        sexual: { score: 0.02, itemIds: [] },
        hate: { score: 0.3, itemIds: [] },
      },
    },
    { topCategories: 1 },
  );
  expect(actual.map((s) => s.policy.id)).toEqual(['harassment']);
  expect(relevantPolicies(pack, undefined)).toEqual([]);
});

test('search finds titles first, then signals, then text; every word must match', () => {
  expect(searchPack(pack, 'threats').map((h) => h.policy.id)[0]).toBe('threats');
  const seed = searchPack(pack, 'seed phrase');
  expect(seed[0]?.policy.id).toBe('spam-scams');
  expect(seed[0]?.fields).toContain('signal');
  expect(seed[0]?.signals.map((s) => s.id)).toContain('seed-phrase');
  const body = searchPack(pack, 'crisis lines');
  expect(body.map((h) => h.policy.id)).toEqual(['self-harm']);
  expect(body[0]?.excerpt).toContain('crisis lines');
  expect(searchPack(pack, 'crisis zebra')).toEqual([]);
  expect(searchPack(pack, '   ')).toEqual([]);
});
