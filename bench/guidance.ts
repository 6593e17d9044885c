import type { Frame } from 'playwright-core';
import { startHarness, type Harness } from '../e2e/harness';
import { DEMO_TOKENS } from '../server';
import { benchBacktest } from '../utils/guidance/backtest-bench';
import { DEFAULT_GUIDANCE_PACK } from '../utils/guidance/default-pack';
import { percentile } from './case-to-panel';
import type { Figure } from './page-load';

/**
 * Guidance figures:
 * - `backtest_10k_ms`: one backtest over 10,000 synthetic stored decisions (median of 5 runs,
 *   after one to warm the JIT), as the background runs it for the editor.
 * - `guidance_propagation_{median,max}_s`: a lead publishes through the case API; five tabs on
 *   case pages in one browser (built extension, default sync interval) are timed from the
 *   publish's 201 to the banner naming the new version in each panel. One browser makes one
 *   check for all its panels, so the samples of a round share its alarm phase: several rounds,
 *   each publish landing wherever the alarm happens to be.
 */

const CASES = ['C-1001', 'C-1002', 'C-1003', 'C-1004', 'C-1005'];
const ROUNDS = Number(process.env.GUIDANCE_ROUNDS ?? 3);
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Resolves with the wall-clock time the panel's banner first names `version`. Written as text:
 * tsx names the functions it compiles, and the page has no `__name` helper.
 */
const BANNER_AT = `(version) => new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('No banner for v' + version)), 180000);
  const seen = () => document.querySelector('[data-testid="guidance-updated"]')
    ?.textContent?.includes('→ v' + version);
  const done = () => { clearTimeout(timer); resolve(Date.now()); };
  if (seen()) return done();
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    observer.disconnect();
    done();
  }).observe(document, { childList: true, subtree: true, characterData: true });
})`;

function bannerAt(panel: Frame, version: number): Promise<number> {
  return panel.evaluate(`(${BANNER_AT})(${version})`) as Promise<number>;
}

async function publish(h: Harness, version: number): Promise<number> {
  const pack = structuredClone(DEFAULT_GUIDANCE_PACK);
  pack.policies[0]!.thresholds.harassment = 0.6 + version / 100;
  const response = await fetch(`${h.api.url}/api/guidance/versions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${DEMO_TOKENS.lead}`, 'content-type': 'application/json' },
    body: JSON.stringify({ baseVersion: version - 1, pack }),
  });
  if (response.status !== 201) throw new Error(`Publishing v${version}: ${response.status}`);
  return Date.now();
}

async function propagation(): Promise<number[]> {
  const h = await startHarness();
  try {
    await h.configure();
    const panels: Frame[] = [];
    for (const caseId of CASES) {
      const page = await h.context.newPage();
      await page.goto(h.consoleUrl(`/console/cases/${caseId}`));
      const panel = await h.panelFrame(page);
      await panel.getByTestId('case-id').filter({ hasText: caseId }).waitFor();
      panels.push(panel);
    }
    const samples: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const version = r + 2;
      // A different alarm phase each round, as publishes land at any moment.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10_000));
      const shown = panels.map((panel) => bannerAt(panel, version));
      const published = await publish(h, version);
      for (const at of await Promise.all(shown)) samples.push((at - published) / 1000);
    }
    return samples;
  } finally {
    await h.close();
  }
}

export async function guidanceFigures(): Promise<Figure[]> {
  benchBacktest(10_000);
  const runs = Array.from({ length: 5 }, () => benchBacktest(10_000).ms);
  const samples = await propagation();
  return [
    { key: 'backtest_10k_ms', value: round1(percentile(runs, 50)), unit: 'ms', goal: '≤ 2000' },
    {
      key: 'guidance_propagation_median_s',
      value: round1(percentile(samples, 50)),
      unit: 's',
      goal: '',
    },
    {
      key: 'guidance_propagation_max_s',
      value: round1(Math.max(...samples)),
      unit: 's',
      goal: '≤ 60',
    },
  ];
}
