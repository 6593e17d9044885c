import { z } from 'zod';
import { accountIdSchema } from './admin-schema';
import { meSchema, roleSchema } from './schema';

/**
 * Single sign-on through the team's OpenID Connect provider. The extension runs the
 * authorization-code flow with PKCE, then trades the provider's ID token for a case API
 * session token (`POST /api/auth/oidc/session`); the case API checks the ID token itself.
 */

/** What the case API accepts sign-ins from; public, so the options page can show it. */
export const ssoConfigSchema = z.object({
  enabled: z.boolean(),
  issuer: z.string().optional(),
  clientId: z.string().optional(),
});

export const ssoSessionRequestSchema = z.object({
  idToken: z.string().min(1),
  /** The nonce the extension put in its authorization request: the ID token must carry it. */
  nonce: z.string().min(16),
});

export const ssoSessionSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  me: meSchema,
});

/**
 * An administrator's mapping from a provider group to a role and/or a team. A user in several
 * mapped groups gets the most powerful of their roles (`server/oidc/resolve-groups.ts`) and
 * the team of the first such group by name.
 */
export const groupMappingInputSchema = z
  .object({
    group: z.string().trim().min(1).max(200),
    role: roleSchema.optional(),
    teamId: accountIdSchema.optional(),
  })
  .refine((m) => m.role !== undefined || m.teamId !== undefined, {
    error: 'A mapping names a role, a team, or both.',
  });

export const groupMappingSchema = z.object({
  group: z.string(),
  role: roleSchema.nullable(),
  teamId: z.string().nullable(),
  createdAt: z.string(),
});
export const groupMappingListSchema = z.object({ mappings: z.array(groupMappingSchema) });

export type SsoConfig = z.infer<typeof ssoConfigSchema>;
export type SsoSessionRequest = z.infer<typeof ssoSessionRequestSchema>;
export type SsoSession = z.infer<typeof ssoSessionSchema>;
export type GroupMappingInput = z.infer<typeof groupMappingInputSchema>;
export type GroupMapping = z.infer<typeof groupMappingSchema>;
