import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../../bench/load/spawn-server';
import type { DecisionInput } from '../../utils/decisions/schema';
import { DEMO_TOKENS, DEMO_USERS } from '../index';
import { makeDecision } from './decision-fixtures';

/**
 * Two server processes on one database file, as behind a load balancer: every idempotency
 * and decision rule must hold when the requests that race land on different processes, which
 * only the database can arbitrate.
 */
const dbPath = join(mkdtempSync(join(tmpdir(), 'caselight-instances-')), 'cases.db');
let a: SpawnedServer | undefined;
let b: SpawnedServer | undefined;
beforeAll(async () => {
  a = await spawnServer(['--db', dbPath, '--demo']);
  b = await spawnServer(['--db', dbPath, '--demo']);
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

const servers = () => [a!, b!];
async function post(
  server: SpawnedServer,
  decision: DecisionInput,
  token: string = DEMO_TOKENS.reviewer,
) {
  const response = await fetch(`${server.url}/api/cases/${decision.caseId}/decisions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'idempotency-key': decision.id,
    },
    body: JSON.stringify(decision),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    replayed: response.headers.get('idempotent-replayed'),
    body: await response.text(),
  };
}

const rows = (sql: string, ...params: unknown[]) => {
  const db = new BetterSqlite3(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
};

describe('two instances on one database', () => {
  it('the same keys hammered from both: one record each, replays byte for byte, 422 for another body', async () => {
    const decisions = Array.from({ length: 25 }, (_, i) =>
      makeDecision({ caseId: `C-${1001 + (i % 4)}`, mode: 'qa' }),
    );
    const storm = await Promise.all(
      decisions.map((d) => Promise.all([0, 1, 2, 3].map((i) => post(servers()[i % 2]!, d)))),
    );
    for (const answers of storm) {
      for (const answer of answers.filter((x) => x.status === 409)) {
        expect({ retryAfter: answer.retryAfter, body: answer.body }).toEqual({
          retryAfter: expect.stringMatching(/^\d+$/),
          body: expect.stringContaining('"in_flight"'),
        });
      }
      expect(answers.filter((x) => x.status !== 409).map((x) => x.status)).not.toContain(500);
      const firsts = new Set(answers.filter((x) => x.status === 201).map((x) => x.body));
      expect(firsts.size).toBe(1);
    }
    for (const [i, d] of decisions.entries()) {
      const first = storm[i]!.find((x) => x.status === 201)!.body;
      for (const server of servers()) {
        expect(await post(server, d)).toMatchObject({ status: 201, replayed: 'true', body: first });
        expect((await post(server, { ...d, action: 'ban' })).status).toBe(422);
      }
    }
    const counts = rows(
      'SELECT id, COUNT(*) AS n FROM decisions WHERE id IN (SELECT value FROM json_each(?)) GROUP BY id',
      JSON.stringify(decisions.map((d) => d.id)),
    );
    expect(counts).toEqual(expect.arrayContaining(decisions.map((d) => ({ id: d.id, n: 1 }))));
    expect(counts).toHaveLength(decisions.length);
  }, 120_000);

  it('live decisions on one case from both instances at once: exactly one stands', async () => {
    const cases = ['C-1006', 'C-1007', 'C-1008'];
    const results = await Promise.all(
      cases.flatMap((caseId) =>
        [0, 1, 2, 3, 4, 5].map((i) => {
          const second = i % 2 === 1;
          const d = makeDecision({
            caseId,
            reviewerId: second ? DEMO_USERS.reviewer2.id : DEMO_USERS.reviewer.id,
          });
          const token = second ? DEMO_TOKENS.reviewer2 : DEMO_TOKENS.reviewer;
          return post(servers()[Math.floor(i / 2) % 2]!, d, token).then((r) => ({ caseId, ...r }));
        }),
      ),
    );
    for (const caseId of cases) {
      const statuses = results.filter((r) => r.caseId === caseId).map((r) => r.status);
      expect({ caseId, statuses: statuses.toSorted() }).toEqual({
        caseId,
        statuses: [201, 409, 409, 409, 409, 409],
      });
    }
    const live = rows(
      `SELECT case_id AS caseId, COUNT(*) AS n FROM decisions
        WHERE mode = 'live' AND case_id IN ('C-1006', 'C-1007', 'C-1008') GROUP BY case_id`,
    );
    expect(live).toEqual(cases.map((caseId) => ({ caseId, n: 1 })));
  }, 120_000);
});
