import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { roleSchema, type Me } from '../../utils/case-api/schema';
import type { GuidancePanel } from '../../utils/guidance/api-schema';
import { prepared } from '../db/statements';
import { hashToken } from '../db/tokens';

/**
 * The version each token last fetched. Keyed by token rather than user: a reviewer with two
 * browsers has two panels, and a lead wants to see the one that is behind.
 */

export function recordFetch(db: Database, token: string, me: Me, version: number, at: Date) {
  prepared(
    db,
    `INSERT INTO guidance_fetches (token_hash, user_id, user_name, role, version, fetched_at)
     VALUES (@hash, @userId, @userName, @role, @version, @at)
     ON CONFLICT (token_hash) DO UPDATE SET user_id = excluded.user_id,
       user_name = excluded.user_name, role = excluded.role, version = excluded.version,
       fetched_at = excluded.fetched_at`,
  ).run({
    hash: hashToken(token),
    userId: me.id,
    userName: me.name,
    role: me.role,
    version,
    at: at.toISOString(),
  });
}

const rowSchema = z.object({
  user_id: z.string(),
  user_name: z.string(),
  role: roleSchema,
  label: z.string().nullable(),
  version: z.number().int().positive(),
  fetched_at: z.string(),
});

/** Oldest version first, then least recently fetched: who needs a nudge comes first. */
export function listPanels(db: Database, currentVersion: number): GuidancePanel[] {
  return prepared(
    db,
    `SELECT f.user_id, f.user_name, f.role, t.label, f.version, f.fetched_at
       FROM guidance_fetches f LEFT JOIN tokens t ON t.token_hash = f.token_hash
       ORDER BY f.version, f.fetched_at`,
  )
    .all()
    .map((raw) => {
      const row = rowSchema.parse(raw);
      return {
        userId: row.user_id,
        userName: row.user_name,
        role: row.role,
        tokenLabel: row.label,
        version: row.version,
        fetchedAt: row.fetched_at,
        current: row.version === currentVersion,
      };
    });
}
