import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
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
 * Runs axe on an extension page (through @axe-core/playwright, which walks its frames) or on
 * the docked panel's frame. AxeBuilder only starts from a page's main frame and finds child
 * frames through the DOM, and the panel's iframe sits in a closed shadow root that DOM cannot
 * see: for a frame, axe-core's own source is evaluated in it and run there.
 */
async function run(target: Page | Frame, options: RunOptions): Promise<AxeResults> {
  if ('mainFrame' in target) {
    const tags = options.runOnly as { type: 'tag' | 'rule'; values: string[] };
    const builder = new AxeBuilder({ page: target });
    return (
      tags.type === 'tag' ? builder.withTags(tags.values) : builder.withRules(tags.values)
    ).analyze();
  }
  await target.evaluate(axeSource);
  return target.evaluate(
    (opts) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(
        document,
        opts,
      ),
    options as object,
  );
}

const findings = (violations: Result[], impacts?: string[]): Finding[] =>
  violations
    .filter((v) => !impacts || impacts.includes(v.impact ?? ''))
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));

/** Serious and critical WCAG 2.1 A/AA violations on what `target` shows now. */
export async function seriousViolations(target: Page | Frame): Promise<Finding[]> {
  const results = await run(target, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  return findings(results.violations, ['serious', 'critical']);
}

/** Content outside landmarks, or no main landmark, of any impact. */
export async function landmarkViolations(target: Page | Frame): Promise<Finding[]> {
  const results = await run(target, { runOnly: { type: 'rule', values: LANDMARK_RULES } });
  return findings(results.violations);
}

/** One line per violation, with every element it was found on: what a failing test prints. */
export const describeFindings = (where: string, list: Finding[]) =>
  list
    .map((f) => `${where}: ${f.id} (${f.impact}) ${f.help}\n    ${f.targets.join('\n    ')}`)
    .join('\n');
