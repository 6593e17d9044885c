import { describe, expect, it } from 'vitest';
import { disagrees } from '../judge';

const model = (actionId: string, policyIds: string[], confidence: number) => ({
  actionId,
  policyIds,
  confidence,
});

describe('when the model disagrees with a live decision', () => {
  it.each([
    ['another action', { action: 'warn' }, model('remove', ['spam'], 0.9), true],
    ['the same action', { action: 'remove' }, model('remove', ['spam'], 0.9), false],
    [
      'a violation named on "no violation"',
      { action: 'no-action' },
      model('no-action', ['hate'], 0.8),
      true,
    ],
    ['"no violation" on both', { action: 'no-action' }, model('no-action', [], 0.99), false],
    [
      'another action, model unsure',
      { action: 'no-action' },
      model('remove', ['spam'], 0.3),
      false,
    ],
  ])('%s', (_name, decision, suggestion, expected) => {
    expect(disagrees(decision, suggestion, 0.5)).toBe(expected);
  });
});
