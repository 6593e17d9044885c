import type { Database } from 'better-sqlite3';
import { storedCaseSchema, type StoredCase } from './cases';

/**
 * Writes cases (used by the seed; later by import tools). Each case replaces any earlier copy
 * with the same id, items included, inside one transaction so a reader never sees half a case.
 */
export function putCases(db: Database, cases: readonly StoredCase[]): void {
  const nextPosition = db.prepare('SELECT COALESCE(MAX(position), 0) + 1 FROM cases').pluck();
  const deleteCase = db.prepare('DELETE FROM cases WHERE id = ?');
  const insertCase = db.prepare(
    `INSERT INTO cases (id, position, subject, status, queue, priority, language, created_at,
       sla_due_at, reporter, reported)
     VALUES (@id, @position, @subject, @status, @queue, @priority, @language, @createdAt,
       @slaDueAt, @reporter, @reported)`,
  );
  const insertItem = db.prepare(
    `INSERT INTO case_items (case_id, position, id, author, role, time, text, media)
     VALUES (@caseId, @position, @id, @author, @role, @time, @text, @media)`,
  );

  db.transaction(() => {
    for (const input of cases) {
      // Validate on the way in too, so bad seed data fails loudly at startup, not per request.
      const c = storedCaseSchema.parse(input);
      deleteCase.run(c.id);
      insertCase.run({
        id: c.id,
        position: nextPosition.get(),
        subject: c.subject ?? null,
        status: c.status ?? null,
        queue: c.queue ?? null,
        priority: c.priority ?? null,
        language: c.language ?? null,
        createdAt: c.createdAt ?? null,
        slaDueAt: c.slaDueAt ?? null,
        reporter: c.reporter ? JSON.stringify(c.reporter) : null,
        reported: c.reported ? JSON.stringify(c.reported) : null,
      });
      c.items.forEach((item, position) =>
        insertItem.run({
          caseId: c.id,
          position,
          id: item.id,
          author: item.author,
          role: item.role,
          time: item.time ?? null,
          text: item.text,
          media: JSON.stringify(item.media),
        }),
      );
    }
  }).immediate();
}
