import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations';
import { opsFactsMigration } from '../../db/ops-facts-migration';
import { makeDecision } from '../../__tests__/decision-fixtures';

const insertSql = `INSERT INTO decisions (id, case_console, case_id, reviewer_id, reviewer_name,
  mode, decided_at, received_at, reverses, decision) VALUES (?, ?, ?, 'rev-ana', 'Ana', 'live',
  ?, ?, ?, ?)`;

function insert(db: BetterSqlite3.Database, d: ReturnType<typeof makeDecision>, ns: string) {
  const at = new Date(d.decidedAt).toISOString();
  db.prepare(insertSql).run(d.id, ns, d.caseId, at, at, d.reverses ?? null, JSON.stringify(d));
}

const facts = (db: BetterSqlite3.Database) =>
  db
    .prepare('SELECT decision_id, queue, sla_due_at, handle_ms, reversed FROM decision_facts')
    .all();

describe('decision facts migration', () => {
  it('backfills decisions written before it, and triggers keep later ones and reversals', () => {
    const db = new BetterSqlite3(':memory:');
    const before = migrations.indexOf(opsFactsMigration);
    for (const migration of migrations.slice(0, before)) db.exec(migration.sql);
    db.prepare(
      "INSERT INTO cases (id, position, queue, sla_due_at) VALUES ('C-1', 1, 'Hosted', '2025-03-01T09:00:00+01:00')",
    ).run();
    const hosted = makeDecision({ caseId: 'C-1', handleTimeMs: 5_000 });
    const zendesk = makeDecision({
      console: 'zendesk',
      caseId: 'Z-1',
      caseRecord: {
        url: 'https://support.example/tickets/1',
        queue: 'Scams',
        contentHash: 'a'.repeat(64),
        itemCount: 1,
        adapter: { id: 'zendesk', version: '1' },
      },
    });
    insert(db, hosted, '');
    insert(db, zendesk, 'zendesk');

    db.exec(opsFactsMigration.sql);
    expect(facts(db)).toEqual([
      // The hosted case's queue and due time, normalised to UTC for text comparison.
      {
        decision_id: hosted.id,
        queue: 'Hosted',
        sla_due_at: '2025-03-01T08:00:00.000Z',
        handle_ms: 5_000,
        reversed: 0,
      },
      { decision_id: zendesk.id, queue: 'Scams', sla_due_at: null, handle_ms: 42_000, reversed: 0 },
    ]);

    const reversal = makeDecision({ caseId: 'C-1', reverses: hosted.id });
    insert(db, reversal, '');
    db.prepare('UPDATE decisions SET reversed_by = ? WHERE id = ?').run(reversal.id, hosted.id);
    const rows = db
      .prepare('SELECT decision_id, is_reversal, reversed FROM decision_facts ORDER BY seq')
      .all();
    expect(rows).toEqual([
      { decision_id: hosted.id, is_reversal: 0, reversed: 1 },
      { decision_id: zendesk.id, is_reversal: 0, reversed: 0 },
      { decision_id: reversal.id, is_reversal: 1, reversed: 0 },
    ]);
  });
});
