import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import {
  incidentOverlaySchema,
  incidentSchema,
  incidentSignalSchema,
  type Incident,
  type IncidentInput,
} from '../../utils/incidents/schema';
import { prepared } from './statements';

const rowSchema = z.object({
  id: z.string(),
  title: z.string(),
  severity: z.string(),
  signature: z.string(),
  playbook_id: z.string().nullable(),
  overlay: z.string().nullable(),
  declared_by: z.string(),
  declared_at: z.string(),
  closed_by: z.string().nullable(),
  closed_at: z.string().nullable(),
});

function toIncident(raw: unknown): Incident {
  const row = rowSchema.parse(raw);
  return incidentSchema.parse({
    id: row.id,
    title: row.title,
    severity: row.severity,
    signature: z.array(incidentSignalSchema).parse(JSON.parse(row.signature)),
    playbookId: row.playbook_id ?? undefined,
    overlay:
      row.overlay === null ? undefined : incidentOverlaySchema.parse(JSON.parse(row.overlay)),
    declaredBy: row.declared_by,
    declaredAt: row.declared_at,
    closedBy: row.closed_by ?? undefined,
    closedAt: row.closed_at ?? undefined,
  });
}

export function insertIncident(
  db: Database,
  input: IncidentInput,
  meta: { id: string; declaredBy: string; declaredAt: string },
): Incident {
  prepared(
    db,
    `INSERT INTO incidents (id, title, severity, signature, playbook_id, overlay, declared_by,
       declared_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    meta.id,
    input.title,
    input.severity,
    JSON.stringify(input.signature),
    input.playbookId ?? null,
    input.overlay === undefined ? null : JSON.stringify(input.overlay),
    meta.declaredBy,
    meta.declaredAt,
  );
  return { ...input, ...meta };
}

export function findIncident(db: Database, id: string): Incident | undefined {
  const raw = prepared(db, 'SELECT * FROM incidents WHERE id = ?').get(id);
  return raw === undefined ? undefined : toIncident(raw);
}

/** Open incidents first (newest first), then closed ones when `all`. */
export function listIncidents(db: Database, all: boolean): Incident[] {
  return prepared(
    db,
    `SELECT * FROM incidents WHERE @all = 1 OR closed_at IS NULL
       ORDER BY closed_at IS NOT NULL, declared_at DESC`,
  )
    .all({ all: all ? 1 : 0 })
    .map(toIncident);
}

/** Closes an open incident; false when it is unknown or already closed. */
export function closeIncident(db: Database, id: string, by: string, at: string): boolean {
  const { changes } = prepared(
    db,
    'UPDATE incidents SET closed_by = ?, closed_at = ? WHERE id = ? AND closed_at IS NULL',
  ).run(by, at, id);
  return changes === 1;
}
