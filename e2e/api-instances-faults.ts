import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_CASES, DEMO_REVIEWERS } from '../bench/load/demo-load';
import { runLoad } from '../bench/load/reviewers';
import { spawnServer, type SpawnedServer } from '../bench/load/spawn-server';

/**
 * The case API's side of the fault run (called by faults.test.ts, so `npm run test:faults`
 * runs it): two cluster workers on one database under the load generator, one of them
 * SIGKILLed mid-load. Every decision the API acknowledged must be stored exactly once, and
 * every client that got no answer must get one by retrying the same key.
 */

const storedDecisions = (dbPath: string): { id: string; n: number }[] => {
  const db = new BetterSqlite3(dbPath, { readonly: true });
  try {
    return db
      .prepare(`SELECT id, COUNT(*) AS n FROM decisions WHERE mode = 'qa' GROUP BY id`)
      .all() as { id: string; n: number }[];
  } finally {
    db.close();
  }
};

export const describeApiInstanceFaults = () =>
  describe('case API instances under load', () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'caselight-instance-faults-')), 'cases.db');
    let server: SpawnedServer | undefined;
    afterAll(async () => {
      await server?.stop();
    });

    it('a worker killed mid-load: acknowledged decisions stored exactly once, unanswered ones retried', async () => {
      server = await spawnServer(['--db', dbPath, '--demo', '--instances', '2']);
      const before = new Set(storedDecisions(dbPath).map((row) => row.id));
      const noAnswer: string[] = [];
      const load = runLoad({
        url: server.url,
        reviewers: DEMO_REVIEWERS,
        concurrency: 16,
        durationMs: 8_000,
        cases: DEMO_CASES,
        onUnanswered: (error) => noAnswer.push(String(error)),
      });
      await sleep(3_000);
      const { pid } = (await (await fetch(`${server.url}/healthz`)).json()) as { pid: number };
      process.kill(pid, 'SIGKILL');
      const result = await load;

      const rows = storedDecisions(dbPath).filter((row) => !before.has(row.id));
      const stored = rows.filter((row) => result.acknowledged.has(row.id) && row.n === 1).length;
      const lost = [...result.acknowledged.keys()].filter((id) => !rows.some((r) => r.id === id));
      const duplicated = rows.filter((row) => row.n > 1).length;
      const unacknowledged = rows.filter((row) => !result.acknowledged.has(row.id)).length;
      console.log(
        `api: acknowledged=${result.acknowledged.size} stored=${stored} lost=${lost.length} ` +
          `duplicated=${duplicated} (POSTs retried after no answer or a 5xx: ${result.unanswered}; ` +
          `requests without an answer: ${noAnswer.length}, e.g. ${noAnswer[0] ?? 'none'}; ` +
          `statuses ${JSON.stringify(result.statuses)})`,
      );
      expect({ lost: lost.length, duplicated, unacknowledged }).toEqual({
        lost: 0,
        duplicated: 0,
        unacknowledged: 0,
      });
      expect(stored).toBe(result.acknowledged.size);
      expect(result.acknowledged.size).toBeGreaterThan(0);
      expect(result.replayMismatches).toBe(0);
      expect(server.output()).toContain(`worker ${pid} exited (SIGKILL); starting another`);
    }, 120_000);
  });
