import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../db/migrations';
import { DEMO_TOKENS, startCaseApi } from '../index';
import { makeDecision } from './decision-fixtures';
import { seedLegacyDatabase } from './legacy-seed';

const dirs: string[] = [];
function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caselight-decisions-'));
  dirs.push(dir);
  return join(dir, 'caselight.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function postTo(url: string, decision: ReturnType<typeof makeDecision>): Promise<Response> {
  return fetch(`${url}/api/cases/${decision.caseId}/decisions`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${DEMO_TOKENS.reviewer}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': decision.id,
    },
    body: JSON.stringify(decision),
  });
}

describe('decisions in a file-backed database', () => {
  it('upgrades a database made before decisions existed, keeping its cases', async () => {
    const dbPath = tempDbPath();
    const old = new BetterSqlite3(dbPath);
    const [first] = migrations;
    if (!first) throw new Error('no migrations');
    old.exec(first.sql);
    old.pragma('user_version = 1');
    seedLegacyDatabase(old);
    old.close();

    const server = await startCaseApi({ demo: true, dbPath });
    try {
      expect(server.db.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect((await postTo(server.url, makeDecision({ caseId: 'C-1001' }))).status).toBe(201);
    } finally {
      await server.close();
    }
  });

  it('keeps decisions and idempotency keys across a restart: the replay is identical', async () => {
    const dbPath = tempDbPath();
    const decision = makeDecision({ caseId: 'C-1002' });
    const first = await startCaseApi({ demo: true, dbPath });
    const response = await postTo(first.url, decision);
    const text = await response.text();
    expect(response.status).toBe(201);
    await first.close();

    const second = await startCaseApi({ demo: true, dbPath });
    try {
      const replay = await postTo(second.url, decision);
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(await replay.text()).toBe(text);
      expect(second.db.prepare('SELECT COUNT(*) FROM decisions').pluck().get()).toBe(1);
    } finally {
      await second.close();
    }
  });
});
