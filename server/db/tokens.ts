import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { TokenInfo } from '../../utils/case-api/admin-schema';
import type { Me } from '../../utils/case-api/schema';
import { prepared } from './statements';
import { toUser, USER_SELECT } from './users';

/**
 * Bearer tokens, stored only as sha-256 hashes: a leaked database file holds no usable token.
 * Issued tokens carry 256 random bits, so there is nothing to guess and a fast unsalted hash
 * is enough. bcrypt or argon2 exist to slow down guessing low-entropy passwords; here they
 * would only add tens of milliseconds of CPU to every API request (each one authenticates),
 * and their per-row salt would make a token impossible to look up by its hash.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface TokenRow {
  id: string;
  userId: string;
  label: string | null;
  createdBy: string;
  expiresAt: string | null;
}

export function insertToken(db: Database, token: string, row: TokenRow, at: string): void {
  prepared(
    db,
    `INSERT INTO tokens (id, token_hash, user_id, label, created_at, created_by, expires_at)
     VALUES (@id, @hash, @userId, @label, @at, @createdBy, @expiresAt)`,
  ).run({ ...row, hash: hashToken(token), at });
}

export function tokenHashExists(db: Database, token: string): boolean {
  return (
    prepared(db, 'SELECT 1 FROM tokens WHERE token_hash = ?').get(hashToken(token)) !== undefined
  );
}

/** Written at most once a minute per token: a write on every request would cost throughput. */
const LAST_USED_GRANULARITY_MS = 60_000;

const authRowSchema = z.object({ token_id: z.string(), last_used_at: z.string().nullable() });

/**
 * The user a bearer token signs in as, or undefined when the token is unknown, revoked,
 * expired at `now`, or its user is disabled. Checked on every request, so a revocation or a
 * disabled user takes effect on the next one.
 */
export function findUserByToken(db: Database, token: string, now: Date): Me | undefined {
  const at = now.toISOString();
  const raw = prepared(
    db,
    `SELECT sub.*, k.id AS token_id, k.last_used_at FROM tokens k
       JOIN (${USER_SELECT}) sub ON sub.id = k.user_id
      WHERE k.token_hash = ? AND k.revoked_at IS NULL AND sub.disabled_at IS NULL
        AND (k.expires_at IS NULL OR k.expires_at > ?)`,
  ).get(hashToken(token), at);
  if (raw === undefined) return undefined;
  const user = toUser(raw);
  const { token_id: tokenId, last_used_at: lastUsed } = authRowSchema.parse(raw);
  if (lastUsed === null || now.getTime() - Date.parse(lastUsed) >= LAST_USED_GRANULARITY_MS) {
    prepared(db, 'UPDATE tokens SET last_used_at = ? WHERE id = ?').run(at, tokenId);
  }
  return { id: user.id, name: user.name, role: user.role, team: user.team, site: user.site };
}

const infoRowSchema = z.object({
  id: z.string(),
  user_id: z.string(),
  label: z.string().nullable(),
  created_at: z.string(),
  created_by: z.string(),
  expires_at: z.string().nullable(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});

function toInfo(raw: unknown, now: Date): TokenInfo {
  const row = infoRowSchema.parse(raw);
  const expired = row.expires_at !== null && Date.parse(row.expires_at) <= now.getTime();
  return {
    id: row.id,
    userId: row.user_id,
    label: row.label,
    createdAt: row.created_at,
    createdBy: row.created_by,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    state: row.revoked_at !== null ? 'revoked' : expired ? 'expired' : 'active',
  };
}

export function findToken(db: Database, id: string, now: Date): TokenInfo | undefined {
  const row = prepared(db, 'SELECT * FROM tokens WHERE id = ?').get(id);
  return row === undefined ? undefined : toInfo(row, now);
}

/** Every token, or one user's, newest first. */
export function listTokens(db: Database, now: Date, userId?: string): TokenInfo[] {
  const rows =
    userId === undefined
      ? prepared(db, 'SELECT * FROM tokens ORDER BY created_at DESC, id').all()
      : prepared(db, 'SELECT * FROM tokens WHERE user_id = ? ORDER BY created_at DESC, id').all(
          userId,
        );
  return rows.map((row) => toInfo(row, now));
}

/** Sets `revoked_at` once; a second revocation keeps the first time. */
export function revokeTokenRow(db: Database, id: string, at: string): void {
  prepared(db, 'UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id);
}
