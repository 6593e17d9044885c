import { startHarness } from '../e2e/harness';
import { measureCaseToPanel, percentile } from './case-to-panel';
import { contentScriptGzipKb } from './content-script-size';
import { measureDelivery, measureDrain } from './decisions';
import type { Figure } from './page-load';

/**
 * `npm run bench` prints a table; `npm run bench -- --json` one JSON object of figures.
 * Figures, not assertions: goals are shown beside them, and nothing here fails a build.
 */
const round = (n: number) => Math.round(n * 10) / 10;

/** Benches with their own server and browsers; `tsx bench/run.ts extraction` runs only those named. */
const STANDALONE: Record<string, () => Promise<Figure[]>> = {
  extraction: () => import('./extraction').then((m) => m.extractionFigures()),
  'page-load': () => import('./page-load').then((m) => m.pageLoadFigures()),
  guidance: () => import('./guidance').then((m) => m.guidanceFigures()),
  writeback: () => import('./writeback').then((m) => m.writebackFigures()),
  'signal-match': () => import('./signal-match').then((m) => m.signalMatchFigures()),
  redaction: () => import('./redaction').then((m) => m.redactionFigures()),
  injection: () => import('./injection').then((m) => m.injectionFigures()),
  a11y: () => import('./a11y').then((m) => m.a11yFigures()),
  wellness: () => import('./wellness').then((m) => m.wellnessFigures()),
  qa: () => import('./qa').then((m) => m.qaFigures()),
  incidents: () => import('./incidents').then((m) => m.incidentsFigures()),
  'incident-propagation': () =>
    import('./incident-propagation').then((m) => m.incidentPropagationFigures()),
  'ops-dashboard': () => import('./ops-dashboard').then((m) => m.opsDashboardFigures()),
  investigation: () => import('./investigation').then((m) => m.investigationFigures()),
  'api-load': () => import('./api-load').then((m) => m.apiLoadFigures()),
};

async function main() {
  const figures: Figure[] = [];
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (only.length > 0) {
    for (const name of only) {
      const bench = STANDALONE[name];
      if (!bench) throw new Error(`No bench "${name}"; try ${Object.keys(STANDALONE).join(', ')}`);
      figures.push(...(await bench()));
    }
    return report(figures);
  }
  figures.push({
    key: 'content_script_gzip_kb',
    value: contentScriptGzipKb(),
    unit: 'KB',
    goal: '≤ 15',
  });

  const h = await startHarness({ apiFaults: true });
  try {
    await h.configure();
    const cases = [
      'C-1001',
      'C-1002',
      'C-1003',
      'C-1004',
      'C-1005',
      'C-1006',
      'C-1007',
      'C-1008',
      'C-1010',
      'C-1011',
    ];
    const samples = await measureCaseToPanel(h, cases, 20);
    figures.push({
      key: 'case_to_panel_median_ms',
      value: round(percentile(samples, 50)),
      unit: 'ms',
      goal: '',
    });
    figures.push({
      key: 'case_to_panel_p95_ms',
      value: round(percentile(samples, 95)),
      unit: 'ms',
      goal: '≤ 100',
    });
    figures.push(...(await import('./scores').then((m) => m.scoreFigures(h))));

    await h.configure({ undoWindowSeconds: 0 });
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('options.html'));
    const delivery = await measureDelivery(h, page);
    figures.push({
      key: 'decision_delivered_p50_ms',
      value: round(percentile(delivery, 50)),
      unit: 'ms',
      goal: '',
    });
    figures.push({
      key: 'decision_delivered_p95_ms',
      value: round(percentile(delivery, 95)),
      unit: 'ms',
      goal: '≤ 50',
    });
    figures.push({
      key: 'outbox_drain_per_s',
      value: round(await measureDrain(h, page)),
      unit: '/s',
      goal: '≥ 500',
    });
  } finally {
    await h.close();
  }
  for (const bench of Object.values(STANDALONE)) figures.push(...(await bench()));
  report(figures);
}

function report(figures: Figure[]) {
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.key, f.value]))));
    return;
  }
  console.log(`${'figure'.padEnd(40)}${'value'.padStart(10)}  unit  goal`);
  for (const f of figures)
    console.log(
      `${f.key.padEnd(40)}${String(f.value).padStart(10)}  ${f.unit.padEnd(4)}  ${f.goal}`,
    );
}

await main();
