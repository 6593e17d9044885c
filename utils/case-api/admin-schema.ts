import { z } from 'zod';
import { roleSchema, teamKindSchema, teamRefSchema } from './schema';

/**
 * The case API's admin contract (`/api/admin/*`): users, teams, tokens and the audit log.
 * Shared by the reference server (which validates what it sends and documents it in OpenAPI),
 * the admin CLI and the extension's admin page.
 */

/** Ids appear in paths and audit rows: a short slug, no colon (`cli:` marks a CLI actor). */
export const accountIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, 'letters, digits, . _ - (at most 64), no spaces');

export const userKindSchema = z.enum(['person', 'service']);

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: roleSchema,
  /** `service`: an integration's account (bearer tokens only, never a person signing in). */
  kind: userKindSchema,
  team: teamRefSchema.nullable(),
  site: z.string().nullable(),
  /** When the user was disabled; every token of theirs stopped working then. */
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
});

export const userListSchema = z.object({ users: z.array(userSchema) });

const name = z.string().trim().min(1).max(200);
const site = z.string().trim().min(1).max(100);

export const userInputSchema = z.object({
  /** Made from the name when left out. */
  id: accountIdSchema.optional(),
  name,
  email: z.email().max(320).optional(),
  role: roleSchema,
  kind: userKindSchema.default('person'),
  teamId: accountIdSchema.optional(),
  site: site.optional(),
});

/** Changes to a user; `null` clears the team or site. `disabled` disables or enables. */
export const userChangeSchema = z
  .object({
    name,
    role: roleSchema,
    teamId: accountIdSchema.nullable(),
    site: site.nullable(),
    disabled: z.boolean(),
  })
  .partial()
  .refine((change) => Object.keys(change).length > 0, 'name at least one field to change');

export const teamSchema = teamRefSchema.extend({ createdAt: z.string() });
export const teamListSchema = z.object({ teams: z.array(teamSchema) });
export const teamInputSchema = z.object({
  id: accountIdSchema.optional(),
  name,
  kind: teamKindSchema,
});

export const tokenStateSchema = z.enum(['active', 'expired', 'revoked']);

/** A token as listed: never the token itself, which is shown once, when issued. */
export const tokenInfoSchema = z.object({
  id: z.string(),
  userId: z.string(),
  label: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  expiresAt: z.string().nullable(),
  /** To the minute. */
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** At the time of the answer; a disabled user's active tokens are refused all the same. */
  state: tokenStateSchema,
});

export const tokenListSchema = z.object({ tokens: z.array(tokenInfoSchema) });

export const tokenInputSchema = z.object({
  userId: accountIdSchema,
  label: z.string().trim().min(1).max(100).optional(),
  /** Left out: the token works until revoked. */
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});

/** The answer to issuing a token: the only time the token is ever shown. */
export const issuedTokenSchema = z.object({ token: z.string(), info: tokenInfoSchema });

export const auditEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  /** `cli:<os user>` for the admin CLI, a user id for the admin routes, `demo-seed`. */
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

export const auditListSchema = z.object({ entries: z.array(auditEntrySchema) });

export type User = z.infer<typeof userSchema>;
export type UserInput = z.input<typeof userInputSchema>;
export type UserChange = z.infer<typeof userChangeSchema>;
export type Team = z.infer<typeof teamSchema>;
export type TeamInput = z.infer<typeof teamInputSchema>;
export type TokenInfo = z.infer<typeof tokenInfoSchema>;
export type TokenInput = z.infer<typeof tokenInputSchema>;
export type IssuedToken = z.infer<typeof issuedTokenSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
