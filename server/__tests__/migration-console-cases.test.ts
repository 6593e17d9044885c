import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { alreadyDecidedSchema, decisionHistorySchema } from '../../utils/decisions/schema';
import { consoleCasesMigration } from '../db/console-cases-migration';
import { migrations } from '../db/migrations';
import { DEMO_TOKENS, startCaseApi } from '../index';
import { consoleDecision } from './console-case-fixtures';
import { makeDecision } from './decision-fixtures';
import { seedLegacyDatabase } from './legacy-seed';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A database as the build before console cases left it: every migration before that one. */
function previousSchemaDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caselight-migrate-'));
  dirs.push(dir);
  const path = join(dir, 'caselight.db');
  const old = new BetterSqlite3(path);
  const before = migrations.indexOf(consoleCasesMigration);
  for (const migration of migrations.slice(0, before)) old.exec(migration.sql);
  old.pragma(`user_version = ${before}`);
  seedLegacyDatabase(old);
  return path;
}

/** Rows as that build wrote them: no case namespace, a reversal linked to its original. */
function writeOldDecisions(path: string) {
  const original = makeDecision({ caseId: 'C-1001', reportedAccountId: 'U-40721' });
  const reversal = makeDecision({ caseId: 'C-1001', reverses: original.id, action: 'restore' });
  const db = new BetterSqlite3(path);
  const insert = db.prepare(
    `INSERT INTO decisions (id, case_id, reviewer_id, reviewer_name, reported_account_id, mode,
       decided_at, received_at, reverses, decision) VALUES (?, ?, ?, 'Ana Reviewer', ?, 'live',
       ?, ?, ?, ?)`,
  );
  for (const [d, at] of [
    [original, '2025-03-01T10:00:01.000Z'],
    [reversal, '2025-03-01T10:05:01.000Z'],
  ] as const) {
    insert.run(
      d.id,
      d.caseId,
      d.reviewerId,
      d.reportedAccountId,
      d.decidedAt,
      at,
      d.reverses ?? null,
      JSON.stringify(d),
    );
  }
  db.prepare('UPDATE decisions SET reversed_by = ? WHERE id = ?').run(reversal.id, original.id);
  db.close();
  return { original, reversal };
}

const auth = { Authorization: `Bearer ${DEMO_TOKENS.reviewer}` };
const post = (url: string, path: string, decision: object & { id: string }) =>
  fetch(`${url}/api${path}`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': decision.id },
    body: JSON.stringify(decision),
  });

describe('upgrading a database from before console cases', () => {
  it('keeps its decisions readable, on their hosted case, and still append-only', async () => {
    const path = previousSchemaDb();
    const { original, reversal } = writeOldDecisions(path);
    const server = await startCaseApi({ demo: true, dbPath: path });
    try {
      expect(server.db.pragma('user_version', { simple: true })).toBe(migrations.length);
      for (const route of [
        '/cases/C-1001/decisions',
        '/consoles/classic-console/cases/C-1001/decisions',
      ]) {
        const response = await fetch(`${server.url}/api${route}`, { headers: auth });
        const { decisions } = decisionHistorySchema.parse(await response.json());
        expect(decisions.map((d) => [d.id, d.reversedBy])).toEqual([
          [original.id, reversal.id],
          [reversal.id, undefined],
        ]);
      }
      const account = await fetch(`${server.url}/api/accounts/U-40721/decisions`, {
        headers: auth,
      });
      expect(decisionHistorySchema.parse(await account.json()).decisions).toHaveLength(2);

      // The old reversal still stands on its case; a console's case "C-1001" is another case.
      const conflict = await post(server.url, '/cases/C-1001/decisions', makeDecision());
      expect(alreadyDecidedSchema.parse(await conflict.json()).error.decision.id).toBe(reversal.id);
      const elsewhere = consoleDecision('redmine', 'C-1001');
      expect(
        (await post(server.url, '/consoles/redmine/cases/C-1001/decisions', elsewhere)).status,
      ).toBe(201);

      // Setting `reversed_by` once is the only update allowed; the namespace may not ride along.
      const relabel = server.db.prepare(
        "UPDATE decisions SET reversed_by = ?, case_console = 'redmine' WHERE id = ?",
      );
      expect(() => relabel.run(original.id, reversal.id)).toThrow(/append-only/);
    } finally {
      await server.close();
    }
  });
});
