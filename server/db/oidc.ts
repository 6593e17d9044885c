import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { roleSchema } from '../../utils/case-api/schema';
import type { GroupMapping } from '../../utils/case-api/sso-schema';
import { prepared } from './statements';

/** Provider identities linked to users, and the admin's group mappings. */

export function findIdentityUser(db: Database, issuer: string, subject: string) {
  const id: unknown = prepared(
    db,
    'SELECT user_id FROM oidc_identities WHERE issuer = ? AND subject = ?',
  )
    .pluck()
    .get(issuer, subject);
  return typeof id === 'string' ? id : undefined;
}

export function linkIdentity(
  db: Database,
  link: { issuer: string; subject: string; userId: string },
  at: string,
): void {
  prepared(
    db,
    `INSERT INTO oidc_identities (issuer, subject, user_id, created_at, last_sign_in_at)
     VALUES (@issuer, @subject, @userId, @at, @at)
     ON CONFLICT (issuer, subject) DO UPDATE SET last_sign_in_at = excluded.last_sign_in_at`,
  ).run({ ...link, at });
}

const mappingRowSchema = z.object({
  group_name: z.string(),
  role: roleSchema.nullable(),
  team_id: z.string().nullable(),
  created_at: z.string(),
});

const toMapping = (raw: unknown): GroupMapping => {
  const row = mappingRowSchema.parse(raw);
  return { group: row.group_name, role: row.role, teamId: row.team_id, createdAt: row.created_at };
};

export function listGroupMappings(db: Database): GroupMapping[] {
  return prepared(db, 'SELECT * FROM oidc_group_mappings ORDER BY group_name').all().map(toMapping);
}

export function findGroupMapping(db: Database, group: string): GroupMapping | undefined {
  const row = prepared(db, 'SELECT * FROM oidc_group_mappings WHERE group_name = ?').get(group);
  return row === undefined ? undefined : toMapping(row);
}

export function upsertGroupMapping(
  db: Database,
  mapping: { group: string; role: string | null; teamId: string | null },
  at: string,
): void {
  prepared(
    db,
    `INSERT INTO oidc_group_mappings (group_name, role, team_id, created_at)
     VALUES (@group, @role, @teamId, @at)
     ON CONFLICT (group_name) DO UPDATE SET role = excluded.role, team_id = excluded.team_id`,
  ).run({ ...mapping, at });
}

export function deleteGroupMapping(db: Database, group: string): void {
  prepared(db, 'DELETE FROM oidc_group_mappings WHERE group_name = ?').run(group);
}
