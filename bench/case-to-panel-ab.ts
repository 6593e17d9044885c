/**
 * Diagnostic, not a figure: `case_to_panel_*` for two builds side by side, loads alternating
 * between them in blocks of ten cases so machine drift hits both alike.
 * `npx tsx bench/case-to-panel-ab.ts <extension dir A> <extension dir B> [rounds]`, e.g. a copy
 * of `.output/chrome-mv3` built from main against this branch's build.
 */
import { resolve } from 'node:path';
import { startHarness, type Harness } from '../e2e/harness';
import { measureCaseToPanel, percentile } from './case-to-panel';

const [dirA, dirB, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('Usage: case-to-panel-ab.ts <dir A> <dir B> [rounds]');
const rounds = Number(roundsArg ?? 4);
// The same ten cases as `bench/run.ts`: the first round finds them new, later ones cached.
const CASES = ['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008', '1010', '1011'];
const cases = CASES.map((n) => `C-${n}`);

const builds: { dir: string; harness: Harness; samples: number[]; fromNav: number[] }[] = [];
for (const dir of [dirA, dirB]) {
  const harness = await startHarness({ apiFaults: true, extensionDir: resolve(dir) });
  await harness.configure();
  builds.push({ dir, harness, samples: [], fromNav: [] });
}
try {
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? builds : builds.toReversed();
    for (const build of order)
      build.samples.push(...(await measureCaseToPanel(build.harness, cases, 10, build.fromNav)));
  }
} finally {
  await Promise.all(builds.map((b) => b.harness.close()));
}
for (const { dir, samples, fromNav } of builds) {
  const [p50, p95] = [percentile(samples, 50), percentile(samples, 95)];
  console.log(
    `${dir}: case_to_panel median ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; from the ` +
      `navigation median ${percentile(fromNav, 50).toFixed(1)} ms (${samples.length} loads)`,
  );
}
