/**
 * Diagnostic, not a figure: where the content script's own time goes during a console load, by
 * function (V8 sampling profile of the page's renderer, the extension's script only, self time
 * summed over loads). `npx tsx bench/content-script-profile.ts [loads]` after a build.
 */
import { launchWithExtension } from '../e2e/browser';
import { startCaseApi } from '../server';
import { caseRendered, panelShows } from './page-load';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const loads = Number(process.argv[2] ?? 5);
const api = await startCaseApi({ demo: true, port: 0 });
const { context } = await launchWithExtension();
const url = `${api.url}/console/cases/C-1001`;
const self = new Map<string, number>();
try {
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    // Same site first: the profiler then stays with the renderer the case page loads in.
    await page.goto(`${api.url}/console/assets/favicon.svg`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await caseRendered(page, 'C-1001');
    await panelShows(page, 'C-1001');
    await page.waitForTimeout(500);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples?.forEach((id, k) => {
      const node = byId.get(id)!;
      const f = node.callFrame;
      if (!f.url.startsWith('chrome-extension://')) return;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[k] ?? 0) / 1000 / loads);
    });
    await page.close();
  }
} finally {
  await context.close();
  await api.close();
}
const rows = [...self].toSorted((a, b) => b[1] - a[1]);
console.log(
  `extension script self time per load: ${rows.reduce((s, r) => s + r[1], 0).toFixed(1)} ms`,
);
for (const [k, v] of rows.slice(0, 30)) console.log(`${v.toFixed(2).padStart(7)} ${k}`);
