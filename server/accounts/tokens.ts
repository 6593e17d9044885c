import { randomBytes } from 'node:crypto';
import {
  tokenInputSchema,
  type IssuedToken,
  type TokenInfo,
  type TokenInput,
} from '../../utils/case-api/admin-schema';
import { findToken, insertToken, revokeTokenRow, tokenHashExists } from '../db/tokens';
import { findUser } from '../db/users';
import { audited, refuse, type ActionContext, type ActionResult } from './audited';

/** 256 random bits; the `cl_` prefix lets secret scanners and people recognise one. */
export const newToken = () => `cl_${randomBytes(32).toString('base64url')}`;

export interface IssueOptions extends TokenInput {
  /** Only the demo seed passes its well-known public tokens; everything else gets a new one. */
  token?: string;
}

/** Issues a token to a user; the answer is the only place the token itself ever appears. */
export function issueToken(ctx: ActionContext, options: IssueOptions): ActionResult<IssuedToken> {
  const input = tokenInputSchema.parse(options);
  const token = options.token ?? newToken();
  // Stored in one form (UTC, milliseconds) so the expiry check can compare text in SQL.
  const expiresAt = input.expiresAt === undefined ? null : new Date(input.expiresAt).toISOString();
  return audited(ctx, () => {
    const user = findUser(ctx.db, input.userId);
    if (!user) return refuse('not_found', `No user ${input.userId}.`);
    if (tokenHashExists(ctx.db, token)) return refuse('conflict', 'That token exists already.');
    const id = `tok_${randomBytes(8).toString('hex')}`;
    const row = {
      id,
      userId: user.id,
      label: input.label ?? null,
      createdBy: ctx.actor,
      expiresAt,
    };
    insertToken(ctx.db, token, row, ctx.now.toISOString());
    const info = findToken(ctx.db, id, ctx.now)!;
    return {
      ok: true,
      value: {
        value: { token, info },
        audit: {
          action: 'token.issue',
          target: id,
          detail: { userId: user.id, label: row.label, expiresAt },
        },
      },
    };
  });
}

/** Revokes a token: it stops working on its next request. A second revocation is refused. */
export function revokeToken(ctx: ActionContext, id: string): ActionResult<TokenInfo> {
  return audited(ctx, () => {
    const current = findToken(ctx.db, id, ctx.now);
    if (!current) return refuse('not_found', `No token ${id}.`);
    if (current.revokedAt !== null)
      return refuse('conflict', `Token ${id} was revoked at ${current.revokedAt}.`);
    revokeTokenRow(ctx.db, id, ctx.now.toISOString());
    const info = findToken(ctx.db, id, ctx.now)!;
    return {
      ok: true,
      value: {
        value: info,
        audit: { action: 'token.revoke', target: id, detail: { userId: current.userId } },
      },
    };
  });
}
