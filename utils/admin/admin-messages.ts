import { z } from 'zod';
import {
  accountIdSchema,
  tokenInputSchema,
  teamInputSchema,
  userChangeSchema,
  userInputSchema,
  type AuditEntry,
  type IssuedToken,
  type Team,
  type TokenInfo,
  type User,
} from '../case-api/admin-schema';
import type { Me } from '../case-api/schema';
import type { EditorFailure } from '../guidance/editor-messages';

/**
 * The admin page's requests, carried in one `admin:request` message. Each `op` maps to one
 * fixed `/api/admin/*` path in the background: the page names a user or token, never a URL.
 */

const tokenId = z.string().regex(/^tok_[0-9a-f]{16}$/);

export const adminRequestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('me') }),
  z.object({ op: z.literal('list-users') }),
  z.object({ op: z.literal('create-user'), input: userInputSchema }),
  z.object({ op: z.literal('change-user'), userId: accountIdSchema, change: userChangeSchema }),
  z.object({ op: z.literal('list-teams') }),
  z.object({ op: z.literal('create-team'), input: teamInputSchema }),
  z.object({ op: z.literal('list-tokens') }),
  z.object({ op: z.literal('issue-token'), input: tokenInputSchema }),
  z.object({ op: z.literal('revoke-token'), tokenId }),
  /** Newest first; `before` (a sequence number) pages back. */
  z.object({ op: z.literal('audit'), before: z.number().int().positive().optional() }),
]);

/** Entries per page of the audit log the page asks for. */
export const AUDIT_PAGE_SIZE = 200;

export type AdminRequest = z.infer<typeof adminRequestSchema>;
export type AdminOp = AdminRequest['op'];

/** What the background answers per op, built from answers it validated. */
export interface AdminAnswers {
  me: { ok: true; me: Me; baseUrl: string } | EditorFailure;
  'list-users': { ok: true; users: User[] } | EditorFailure;
  'create-user': { ok: true; user: User } | EditorFailure;
  'change-user': { ok: true; user: User } | EditorFailure;
  'list-teams': { ok: true; teams: Team[] } | EditorFailure;
  'create-team': { ok: true; team: Team } | EditorFailure;
  'list-tokens': { ok: true; tokens: TokenInfo[] } | EditorFailure;
  /** The only answer that carries a token: the page shows it once and keeps it nowhere. */
  'issue-token': { ok: true; issued: IssuedToken } | EditorFailure;
  'revoke-token': { ok: true; token: TokenInfo } | EditorFailure;
  audit: { ok: true; entries: AuditEntry[] } | EditorFailure;
}

export type AdminAnswer = AdminAnswers[AdminOp];
