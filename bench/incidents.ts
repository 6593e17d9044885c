import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { openDatabase, seedDatabase } from '../server';
import { seedFeedbackDecisions } from './feedback-export-seed';
import type { Figure } from './page-load';

/**
 * Issue 21's figures. The feedback export: 100,000 live decisions (with kept, redacted case
 * text) exported to JSONL through the real route, in a child process so its peak memory is
 * the export's own and not the seeding's.
 */
const DECISIONS = 100_000;
const round = (n: number) => Math.round(n * 10) / 10;
const runSchema = z.object({
  ms: z.number(),
  cpuMs: z.number(),
  baseMb: z.number(),
  peakMb: z.number(),
  lines: z.number(),
});

function exportOnce(dbPath: string) {
  const out = execFileSync(
    'npx',
    ['tsx', join(import.meta.dirname, 'feedback-export-run.ts'), dbPath, 'eval'],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  const run = runSchema.parse(JSON.parse(out.trim().split('\n').at(-1) ?? ''));
  if (run.lines !== DECISIONS) throw new Error(`exported ${run.lines} of ${DECISIONS} lines`);
  return run;
}

export async function incidentsFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'caselight-feedback-bench-'));
  try {
    const dbPath = join(dir, 'bench.db');
    const db = openDatabase(dbPath);
    seedDatabase(db);
    seedFeedbackDecisions(db, DECISIONS);
    db.close();
    const run = exportOnce(dbPath);
    console.log(`feedback export: process held ${round(run.baseMb)} MB before it started`);
    return [
      { key: 'feedback_export_100k_ms', value: Math.round(run.ms), unit: 'ms', goal: '≤ 3000' },
      {
        key: 'feedback_export_100k_cpu_ms',
        value: Math.round(run.cpuMs),
        unit: 'ms',
        goal: '≤ 3000',
      },
      { key: 'feedback_export_100k_peak_mb', value: round(run.peakMb), unit: 'MB', goal: '≤ 200' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
