import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

/** WCAG 2.0 and 2.1, levels A and AA: what the checks hold every page and panel state to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Best-practice rules the issue found broken on the options page: landmarks for every part. */
export const LANDMARK_RULES = ['landmark-one-main', 'region'];

export interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/**
 * One axe run checks both: WCAG 2.1 A/AA, plus the two landmark rules (best practice, so
 * outside those tags) enabled by name, as axe's `rules` option adds to `runOnly`.
 */
const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: WCAG_TAGS },
  rules: Object.fromEntries(LANDMARK_RULES.map((id) => [id, { enabled: true }])),
};

/**
 * Runs axe on an extension page (through @axe-core/playwright, which walks its frames) or on
 * the docked panel's frame. AxeBuilder only starts from a page's main frame and finds child
 * frames through the DOM, and the panel's iframe sits in a closed shadow root that DOM cannot
 * see: for a frame, axe-core's own source is evaluated in it and run there.
 */
async function run(target: Page | Frame): Promise<AxeResults> {
  if ('mainFrame' in target) return new AxeBuilder({ page: target }).options(OPTIONS).analyze();
  await target.evaluate(axeSource);
  return target.evaluate(
    (opts) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(
        document,
        opts,
      ),
    OPTIONS as object,
  );
}

const finding = (v: Result): Finding => ({
  id: v.id,
  impact: v.impact ?? 'unknown',
  help: v.help,
  targets: v.nodes.map((n) => n.target.join(' ')),
});

/**
 * What `target` shows now: serious and critical WCAG 2.1 A/AA violations, and content outside
 * landmarks or no main landmark (of any impact: the issue found these on the options page).
 */
export async function axeFindings(
  target: Page | Frame,
): Promise<{ serious: Finding[]; landmarks: Finding[] }> {
  const { violations } = await run(target);
  return {
    serious: violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(finding),
    landmarks: violations.filter((v) => LANDMARK_RULES.includes(v.id)).map(finding),
  };
}

/** Serious and critical WCAG 2.1 A/AA violations: the figure `bench/a11y.ts` counts. */
export const seriousViolations = async (target: Page | Frame) =>
  (await axeFindings(target)).serious;

/** One line per violation, with every element it was found on: what a failing test prints. */
export const describeFindings = (where: string, list: Finding[]) =>
  list
    .map((f) => `${where}: ${f.id} (${f.impact}) ${f.help}\n    ${f.targets.join('\n    ')}`)
    .join('\n');
