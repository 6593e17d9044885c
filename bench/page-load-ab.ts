/**
 * Diagnostic, not a figure: the page-load figures of two builds side by side, each docked,
 * against Chromium without the extension, loads alternating among the three so drift in machine
 * load hits all alike. `npx tsx bench/page-load-ab.ts <extension dir A> <extension dir B> [loads]`,
 * e.g. a copy of `.output/chrome-mv3` built from main against this branch's build.
 */
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension } from '../e2e/browser';
import { startCaseApi } from '../server';
import { percentile } from './case-to-panel';
import { medianDelay } from './console-paint';
import { launchPlain } from './page-load';
import { loadOnce, type LoadFigures } from './page-load-once';

const [dirA, dirB, loadsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('Usage: page-load-ab.ts <dir A> <dir B> [loads]');
const loads = Number(loadsArg ?? 20);
const median = (values: number[]) => percentile(values, 50);

const api = await startCaseApi({ demo: true, port: 0 });
const url = `${api.url}/console/cases/C-1001`;
const plain = { name: 'without', context: await launchPlain(), runs: [] as LoadFigures[] };
const builds = [plain];
for (const dir of [dirA, dirB]) {
  const { context } = await launchWithExtension({ extensionDir: resolve(dir) });
  builds.push({ name: dir, context, runs: [] });
}
const load = (context: BrowserContext, docked: boolean) =>
  loadOnce(context, { url, caseId: 'C-1001', mode: docked ? 'docked' : 'plain' });
try {
  for (let i = 0; i < loads; i++) {
    const order = [...builds.slice(i % 3), ...builds.slice(0, i % 3)];
    for (const b of order) b.runs.push(await load(b.context, b !== plain));
  }
} finally {
  await Promise.all(builds.map((b) => b.context.close()));
  await api.close();
}
const pick = (runs: LoadFigures[], f: (l: LoadFigures) => number | undefined) => runs.map(f);
for (const b of builds.slice(1)) {
  const delay = (f: (l: LoadFigures) => number | undefined) =>
    medianDelay(pick(b.runs, f), pick(plain.runs, f), median).toFixed(1);
  console.log(
    `${b.name}: case view later by ${delay((l) => l.paint.caseView)} ms, first contentful ` +
      `paint by ${delay((l) => l.paint.firstContentfulPaint)} ms, main thread +${delay((l) => l.busy)} ms, ` +
      `longest own task ${median(pick(b.runs, (l) => l.longestOwn) as number[]).toFixed(1)} ms, ` +
      `our script's thread time ${median(pick(b.runs, (l) => l.script) as number[]).toFixed(1)} ms ` +
      `(medians of ${loads}; without: case view at ` +
      `${median(pick(plain.runs, (l) => l.paint.caseView) as number[]).toFixed(1)} ms)`,
  );
}
