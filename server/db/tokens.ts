import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { meSchema, type Me } from '../../utils/case-api/schema';
import { prepared } from './statements';

/**
 * Bearer tokens, stored only as sha256 hashes: a leaked database file does not leak usable
 * tokens. Tokens are long random strings in real deployments, so an unsalted fast hash is
 * enough (there is nothing to brute-force, unlike a password).
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function upsertToken(db: Database, token: string, user: Me, label?: string): void {
  prepared(
    db,
    `INSERT INTO tokens (token_hash, user_id, user_name, role, label, created_at)
     VALUES (@hash, @id, @name, @role, @label, @createdAt)
     ON CONFLICT (token_hash) DO UPDATE SET
       user_id = excluded.user_id, user_name = excluded.user_name, role = excluded.role`,
  ).run({
    hash: hashToken(token),
    id: user.id,
    name: user.name,
    role: user.role,
    label: label ?? null,
    createdAt: new Date().toISOString(),
  });
}

/** The user a bearer token belongs to, or undefined for an unknown token. */
export function findUserByToken(db: Database, token: string): Me | undefined {
  const row = prepared(
    db,
    'SELECT user_id AS id, user_name AS name, role FROM tokens WHERE token_hash = ?',
  ).get(hashToken(token));
  if (row === undefined) return undefined;
  // Parse rather than cast: a row written by hand with a bad role must not become a Me.
  const parsed = meSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

/** The display name of a user who holds a token, e.g. the reviewer an admin writes for. */
export function findUserName(db: Database, userId: string): string | undefined {
  const name: unknown = prepared(
    db,
    'SELECT user_name FROM tokens WHERE user_id = ? ORDER BY created_at LIMIT 1',
  )
    .pluck()
    .get(userId);
  return typeof name === 'string' ? name : undefined;
}
