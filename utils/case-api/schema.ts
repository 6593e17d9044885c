import { z } from 'zod';
import { caseSchema } from '../case/schema';

/**
 * The case API's wire contract, shared by the extension (which validates every answer it
 * gets), the reference server in `server/` (which validates what it sends and generates its
 * OpenAPI document from these) and the tests.
 */

/**
 * `qa-reviewer` re-checks sampled decisions (the QA work); it decides nothing live itself.
 * `vendor-manager` sees their own (vendor) team's decisions and QA results, nobody else's.
 */
export const roleSchema = z.enum([
  'reviewer',
  'policy-lead',
  'trainer',
  'qa-reviewer',
  'vendor-manager',
  'admin',
]);

/** In-house staff or an outside vendor's: quality and SLAs are watched per team. */
export const teamKindSchema = z.enum(['in-house', 'vendor']);

export const teamRefSchema = z.object({ id: z.string(), name: z.string(), kind: teamKindSchema });

export const healthSchema = z.object({
  ok: z.literal(true),
  service: z.string(),
  version: z.string(),
});

/**
 * `team` and `site` are null when the user has none; a case API written before they existed
 * leaves them out, which the extension must still accept.
 */
export const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  team: teamRefSchema.nullable().optional(),
  site: z.string().nullable().optional(),
});

export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export const caseSummarySchema = caseSchema
  .pick({
    id: true,
    subject: true,
    status: true,
    queue: true,
    priority: true,
    createdAt: true,
    slaDueAt: true,
  })
  .extend({ itemCount: z.number().int().nonnegative() });

export const caseListSchema = z.object({ cases: z.array(caseSummarySchema) });

/**
 * `GET /case-policy`: the team's settings for cases it does not host. `strict` accepts
 * decisions only on cases the case API already knows; `keepCaseText` says whether a decision
 * may carry the case's text (the extension strips it otherwise), kept `retentionDays`.
 */
export const casePolicySchema = z.object({
  unknownCases: z.enum(['accept', 'strict']),
  keepCaseText: z.boolean(),
  retentionDays: z.number().int().positive().optional(),
});

export type Role = z.infer<typeof roleSchema>;
export type TeamKind = z.infer<typeof teamKindSchema>;
export type TeamRef = z.infer<typeof teamRefSchema>;
export type Health = z.infer<typeof healthSchema>;
export type Me = z.infer<typeof meSchema>;
export type ApiError = z.infer<typeof apiErrorSchema>;
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export type CasePolicy = z.infer<typeof casePolicySchema>;
