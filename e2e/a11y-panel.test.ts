import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeFindings, describeFindings } from './axe';
import { PANEL_WALKS, startA11yHarness } from './a11y-states';
import type { Harness } from './harness';

/**
 * axe-core on the docked panel, in its frame inside the console page (as reviewers see it):
 * case shown, its guided tour, scores shown, a decision the case API refused, a decision queued, and blind
 * training. No serious or critical WCAG 2.1 A/AA violation in any of them.
 */
describe('accessibility of the docked panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startA11yHarness();
  });
  afterAll(() => h.close());

  test('no serious or critical violation in any main state, everything in a landmark', async () => {
    const serious: string[] = [];
    const landmarks: string[] = [];
    const seen: string[] = [];
    for (const walk of PANEL_WALKS)
      await walk.walk(h, async (state, target) => {
        seen.push(state);
        const found = await axeFindings(target);
        serious.push(describeFindings(state, found.serious));
        landmarks.push(describeFindings(state, found.landmarks));
      });
    expect(seen).toEqual([
      'case shown',
      'guided tour',
      'decision with problems',
      'scores shown',
      'decision failed',
      'decision queued',
      'training, blind',
    ]);
    expect(serious.filter(Boolean).join('\n')).toBe('');
    expect(landmarks.filter(Boolean).join('\n')).toBe('');
  });
});
