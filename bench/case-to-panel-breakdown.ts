/**
 * Diagnostic, not a figure: where `case_to_panel` goes, per load, for one build:
 * the case in the console's DOM → the panel frame's navigation start → its document parsed →
 * the first and the last `case-shown` mark (the first script's paint, then React's).
 * `npx tsx bench/case-to-panel-breakdown.ts <extension dir> [loads]`
 */
import { resolve } from 'node:path';
import { startHarness } from '../e2e/harness';
import { CASE_SHOWN_MARK } from '../utils/models/timing-mark';
import { RECORD_CASE_IN_DOM } from './case-to-panel';
import { probePanel } from './panel-marks';

const [dir, loadsArg] = process.argv.slice(2);
if (!dir) throw new Error('Usage: case-to-panel-breakdown.ts <dir> [loads]');
const loads = Number(loadsArg ?? 10);
const CASES = ['C-1001', 'C-1002', 'C-1003', 'C-1004', 'C-1005'];

const TIMES = `(async (name) => {
  await new Promise((r) => setTimeout(r, 300));
  const nav = performance.getEntriesByType('navigation')[0];
  const marks = performance.getEntriesByName(name).map((m) => m.startTime);
  const o = performance.timeOrigin;
  return { origin: o, response: o + nav.responseStart, done: o + nav.responseEnd, parsed: o + nav.domInteractive, first: o + marks[0], last: o + marks.at(-1) };
})`;

const h = await startHarness({ apiFaults: true, extensionDir: resolve(dir) });
await h.configure();
try {
  const page = await h.context.newPage();
  await page.addInitScript(RECORD_CASE_IN_DOM);
  for (let i = 0; i < loads; i++) {
    const caseId = CASES[i % CASES.length]!;
    await page.goto(h.consoleUrl(`/console/cases/${caseId}`));
    const frame = await h.panelFrame(page);
    const panel = await probePanel(h.context, frame);
    await panel.mark({ name: CASE_SHOWN_MARK, caseId }, 15_000);
    await panel.close();
    const t = (await frame.evaluate(`${TIMES}(${JSON.stringify(CASE_SHOWN_MARK)})`)) as Record<
      string,
      number
    >;
    const inDom = await page.evaluate(
      () => (window as unknown as { caselightCaseInDomAt: number }).caselightCaseInDomAt,
    );
    const rel = (at: number) => (at - inDom).toFixed(0).padStart(5);
    console.log(
      `${caseId}: frame start ${rel(t.origin!)}  response ${rel(t.response!)}-${rel(t.done!)}  parsed ${rel(t.parsed!)}  ` +
        `first shown ${rel(t.first!)}  last shown ${rel(t.last!)} ms after the case was in the DOM`,
    );
  }
} finally {
  await h.close();
}
