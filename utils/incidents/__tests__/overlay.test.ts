import { expect, test } from 'vitest';
import { DEFAULT_GUIDANCE_PACK as pack } from '../../guidance/default-pack';
import { incidentOverlayAction } from '../overlay';
import type { Incident } from '../schema';

const incident = (id: string, overlay?: Incident['overlay']): Incident => ({
  id,
  title: 'Raid',
  severity: 'critical',
  signature: [{ kind: 'keyword', pattern: 'raid' }],
  overlay,
  declaredBy: 'u_lead',
  declaredAt: '2026-12-07T20:00:00.000Z',
});

test('the first matched incident with an overlay the guidance has gives the action', () => {
  const matched = [
    incident('a'),
    incident('b', { actionId: 'gone' }),
    incident('c', { actionId: 'escalate' }),
  ];
  expect(incidentOverlayAction(matched, pack)).toBe('escalate');
});

test('no match, no overlay, or an action the guidance no longer has: no incident action', () => {
  expect(incidentOverlayAction([], pack)).toBeUndefined();
  expect(incidentOverlayAction([incident('a')], pack)).toBeUndefined();
  expect(incidentOverlayAction([incident('a', { actionId: 'gone' })], pack)).toBeUndefined();
  expect(
    incidentOverlayAction([incident('a', { actionId: 'escalate' })], undefined),
  ).toBeUndefined();
});
