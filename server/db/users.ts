import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { roleSchema, teamKindSchema } from '../../utils/case-api/schema';
import { userKindSchema, type User } from '../../utils/case-api/admin-schema';
import { prepared } from './statements';

/** A user as stored; the team comes joined in, so callers never query it separately. */
export interface UserRow {
  id: string;
  name: string;
  email: string | null;
  role: User['role'];
  kind: User['kind'];
  teamId: string | null;
  site: string | null;
  disabledAt: string | null;
}

const rowSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: roleSchema,
  kind: userKindSchema,
  team_id: z.string().nullable(),
  team_name: z.string().nullable(),
  team_kind: teamKindSchema.nullable(),
  site: z.string().nullable(),
  disabled_at: z.string().nullable(),
  created_at: z.string(),
});

export const USER_SELECT = `SELECT u.*, t.name AS team_name, t.kind AS team_kind
  FROM users u LEFT JOIN teams t ON t.id = u.team_id`;

/** Parsed, not cast: a row written by hand with an unknown role must not become a user. */
export function toUser(raw: unknown): User {
  const row = rowSchema.parse(raw);
  const team =
    row.team_id !== null && row.team_name !== null && row.team_kind !== null
      ? { id: row.team_id, name: row.team_name, kind: row.team_kind }
      : null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    kind: row.kind,
    team,
    site: row.site,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
  };
}

export function findUser(db: Database, id: string): User | undefined {
  const row = prepared(db, `${USER_SELECT} WHERE u.id = ?`).get(id);
  return row === undefined ? undefined : toUser(row);
}

export function listUsers(db: Database): User[] {
  return prepared(db, `${USER_SELECT} ORDER BY u.name, u.id`).all().map(toUser);
}

export function countUsers(db: Database): number {
  return Number(prepared(db, 'SELECT COUNT(*) FROM users').pluck().get());
}

export function insertUser(db: Database, user: UserRow, at: string): User {
  prepared(
    db,
    `INSERT INTO users (id, name, email, role, kind, team_id, site, disabled_at, created_at)
     VALUES (@id, @name, @email, @role, @kind, @teamId, @site, @disabledAt, @at)`,
  ).run({ ...user, at });
  return findUser(db, user.id)!;
}

/** Writes every changeable field (the caller merged the change into the current row). */
export function updateUser(db: Database, user: UserRow): User {
  prepared(
    db,
    `UPDATE users SET name = @name, email = @email, role = @role, team_id = @teamId,
       site = @site, disabled_at = @disabledAt WHERE id = @id`,
  ).run(user);
  return findUser(db, user.id)!;
}

/** The display name of a user, e.g. the reviewer an admin writes a decision for. */
export function findUserName(db: Database, userId: string): string | undefined {
  const name: unknown = prepared(db, 'SELECT name FROM users WHERE id = ?').pluck().get(userId);
  return typeof name === 'string' ? name : undefined;
}
