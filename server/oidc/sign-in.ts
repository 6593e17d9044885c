import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { JWTPayload } from 'jose';
import type { SsoSession } from '../../utils/case-api/sso-schema';
import { newToken } from '../accounts/tokens';
import { slugId } from '../accounts/audited';
import { appendAudit } from '../db/audit';
import { findIdentityUser, linkIdentity, listGroupMappings } from '../db/oidc';
import { findUserByToken, insertToken } from '../db/tokens';
import { findUser, insertUser, updateUser, type UserRow } from '../db/users';
import { readGroups, resolveGroups } from './resolve-groups';
import type { OidcSettings } from './verify-id-token';

export type SignInOutcome = { ok: true; session: SsoSession } | { ok: false; message: string };

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

function userByVerifiedEmail(db: Database, claims: JWTPayload): string | undefined {
  // An unverified email is whatever the person typed at the provider: never a link to an account.
  const email = claims.email_verified === true ? text(claims.email) : undefined;
  if (email === undefined) return undefined;
  const id: unknown = db.prepare('SELECT id FROM users WHERE email = ?').pluck().get(email);
  return typeof id === 'string' ? id : undefined;
}

/**
 * A verified ID token becomes a user and a session token, in one transaction with its audit
 * row. The identity (issuer + subject) is linked to a user the first time: the admin's user
 * with the same verified email, or a new user when the groups map to a role. Mapped groups
 * set the role and team on every sign-in (the provider is where people change teams);
 * without any, a linked user keeps what the admin gave them.
 */
export function signIn(
  db: Database,
  settings: OidcSettings,
  claims: JWTPayload,
  now: Date,
): SignInOutcome {
  const subject = claims.sub!;
  const groups = readGroups(claims[settings.groupsClaim]);
  const grant = resolveGroups(listGroupMappings(db), groups);
  const at = now.toISOString();
  return db
    .transaction((): SignInOutcome => {
      let userId =
        findIdentityUser(db, settings.issuer, subject) ?? userByVerifiedEmail(db, claims);
      let created = false;
      if (userId === undefined) {
        if (grant.role === undefined) {
          const named = groups.length ? `your groups (${groups.join(', ')})` : 'you';
          return {
            ok: false,
            message: `Caselight has no role for ${named}: ask your administrator to map one of your provider groups to a role, or to create your user.`,
          };
        }
        const name =
          text(claims.name) ?? text(claims.preferred_username) ?? text(claims.email) ?? subject;
        const row: UserRow = {
          id: slugId(name, (taken) => findUser(db, taken) !== undefined),
          name,
          email: claims.email_verified === true ? (text(claims.email) ?? null) : null,
          role: grant.role,
          kind: 'person',
          teamId: grant.teamId ?? null,
          site: null,
          disabledAt: null,
        };
        userId = insertUser(db, row, at).id;
        created = true;
      }
      const user = findUser(db, userId)!;
      if (user.disabledAt !== null) {
        return {
          ok: false,
          message: 'Your Caselight account is disabled: ask your administrator.',
        };
      }
      const role = grant.role ?? user.role;
      const teamId = grant.teamId ?? user.team?.id ?? null;
      if (!created && (role !== user.role || teamId !== (user.team?.id ?? null))) {
        const { id, name, email, kind, site, disabledAt } = user;
        updateUser(db, { id, name, email, kind, site, disabledAt, role, teamId });
      }
      linkIdentity(db, { issuer: settings.issuer, subject, userId }, at);
      const token = newToken();
      const expiresAt = new Date(now.getTime() + settings.sessionHours * 3_600_000).toISOString();
      const tokenId = `tok_${randomBytes(8).toString('hex')}`;
      insertToken(
        db,
        token,
        { id: tokenId, userId, label: 'sso session', createdBy: 'sso', expiresAt },
        at,
      );
      appendAudit(
        db,
        {
          actor: userId,
          action: 'sso.sign-in',
          target: tokenId,
          detail: { issuer: settings.issuer, subject, groups, role, teamId, created, expiresAt },
        },
        at,
      );
      return { ok: true, session: { token, expiresAt, me: findUserByToken(db, token, now)! } };
    })
    .immediate();
}
