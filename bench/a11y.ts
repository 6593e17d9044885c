import { PAGE_WALKS, PANEL_WALKS, startA11yHarness, type A11yWalk } from '../e2e/a11y-states';
import { describeFindings, seriousViolations } from '../e2e/axe';
import type { Figure } from './page-load';

/**
 * Serious and critical WCAG 2.1 A/AA violations (axe-core) over every extension page and the
 * docked panel's main states: the same walks as e2e/a11y-pages and e2e/a11y-panel, each group
 * on a fresh browser as there. One violation is one rule failing in one state, however many
 * elements it names (those are printed, so a non-zero figure says where to look).
 */
export async function a11yFigures(): Promise<Figure[]> {
  let violations = 0;
  let states = 0;
  for (const group of [PAGE_WALKS, PANEL_WALKS]) {
    const h = await startA11yHarness();
    try {
      for (const walk of group as A11yWalk[])
        await walk.walk(h, async (state, target) => {
          const found = await seriousViolations(target);
          states += 1;
          violations += found.length;
          if (found.length) console.error(describeFindings(`${walk.name}, ${state}`, found));
        });
    } finally {
      await h.close();
    }
  }
  return [
    { key: 'a11y_serious_violations', value: violations, unit: '', goal: '0' },
    { key: 'a11y_states_checked', value: states, unit: '', goal: '' },
  ];
}
