import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeFindings, describeFindings } from './axe';
import { PAGE_WALKS, startA11yHarness } from './a11y-states';
import type { Harness } from './harness';

/**
 * axe-core on every extension page, in the states leads and trainers use them: no serious or
 * critical WCAG 2.1 A/AA violation, and every part of each page inside a landmark (the options
 * page once had no main landmark and nine regions outside any).
 */
describe('accessibility of the extension pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startA11yHarness();
  });
  afterAll(() => h.close());

  for (const walk of PAGE_WALKS) {
    test(`${walk.name}: no serious or critical violation, everything in a landmark`, async () => {
      const serious: string[] = [];
      const landmarks: string[] = [];
      const seen: string[] = [];
      await walk.walk(h, async (state, target) => {
        const where = `${walk.name}, ${state}`;
        seen.push(state);
        const found = await axeFindings(target);
        serious.push(describeFindings(where, found.serious));
        landmarks.push(describeFindings(where, found.landmarks));
      });
      expect(seen.length).toBeGreaterThan(0);
      expect(serious.filter(Boolean).join('\n')).toBe('');
      expect(landmarks.filter(Boolean).join('\n')).toBe('');
    });
  }
});
