import { z } from 'zod';
import { roleSchema } from '../case-api/schema';

/**
 * The guidance part of the case API's wire contract, shared by the reference server (which
 * validates what it sends and documents it in OpenAPI), the extension and the tests. The pack
 * itself is `guidancePackSchema` (`schema.ts`); `GET /api/guidance/current` answers it bare.
 */

/** A pack larger than this is refused by the case API on publish and by panels on sync. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export const packIssueSchema = z.object({ path: z.string(), message: z.string() });

export const guidanceVersionSummarySchema = z.object({
  version: z.number().int().positive(),
  publisherId: z.string(),
  /** The publisher's name as their token says, whatever the pack's own `publisher` field says. */
  publisher: z.string(),
  /** When the case API stored it. */
  publishedAt: z.iso.datetime({ offset: true }),
  signed: z.boolean(),
  /** The version the publisher edited, when the editor said. */
  baseVersion: z.number().int().positive().nullable(),
});

export const guidanceVersionListSchema = z.object({
  versions: z.array(guidanceVersionSummarySchema),
});

/**
 * `pack` is checked by `validatePack` rather than here, so a refusal lists every problem by
 * field. An unsigned pack gets its version, publisher and time from the case API; a signed one
 * must already carry the next version (the signature covers it and the server cannot change it).
 */
export const publishRequestSchema = z.object({
  baseVersion: z.number().int().positive().optional(),
  pack: z.unknown(),
});

/** 422 on publish: the usual error, plus every problem by field path. */
export const packRejectedSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
  issues: z.array(packIssueSchema),
});

export const guidancePanelSchema = z.object({
  userId: z.string(),
  userName: z.string(),
  role: roleSchema,
  /** The token's label, when it has one (tells two installs of one reviewer apart). */
  tokenLabel: z.string().nullable(),
  version: z.number().int().positive(),
  fetchedAt: z.iso.datetime({ offset: true }),
  current: z.boolean(),
});

export const guidancePanelListSchema = z.object({
  currentVersion: z.number().int().positive(),
  panels: z.array(guidancePanelSchema),
});

export type PackIssueWire = z.infer<typeof packIssueSchema>;
export type GuidanceVersionSummary = z.infer<typeof guidanceVersionSummarySchema>;
export type PublishRequest = z.infer<typeof publishRequestSchema>;
export type GuidancePanel = z.infer<typeof guidancePanelSchema>;
