import { expect, test } from 'vitest';
import type { SuggestionSnapshot } from '../../decisions/schema';
import { DEFAULT_GUIDANCE_PACK as pack } from '../../guidance/default-pack';
import { overlaySuggestion } from '../overlay';
import type { Incident } from '../schema';

const escalate = pack.actions.find((a) => a.escalates)?.id ?? pack.actions[0]!.id;
const incident = (overlay?: Incident['overlay']): Incident => ({
  id: 'inc_1',
  title: 'Raid',
  severity: 'critical',
  signature: [{ kind: 'keyword', pattern: 'raid' }],
  overlay,
  declaredBy: 'u_lead',
  declaredAt: '2026-12-07T20:00:00.000Z',
});
const model: SuggestionSnapshot = {
  action: 'no-action',
  policyIds: ['harassment'],
  confidence: 0.7,
  source: 'policy-llm',
  scores: { harassment: 0.7 },
  untrusted: true,
};

test('a matched incident overlay replaces the action and keeps what the model saw', () => {
  const expected = { ...model, action: escalate, untrusted: undefined };
  expect(overlaySuggestion(model, [incident({ actionId: escalate })], pack)).toEqual(expected);
});

test('without a model suggestion the overlay still suggests its action', () => {
  expect(overlaySuggestion(undefined, [incident({ actionId: escalate })], pack)?.action).toBe(
    escalate,
  );
});

test('no match, no overlay, or an action the guidance no longer has: the model stands', () => {
  expect(overlaySuggestion(model, [], pack)).toBe(model);
  expect(overlaySuggestion(model, [incident()], pack)).toBe(model);
  expect(overlaySuggestion(model, [incident({ actionId: 'gone' })], pack)).toBe(model);
});
