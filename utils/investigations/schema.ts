import { z } from 'zod';

/**
 * Investigations: cases linked by the entities they share. One definition for the extension,
 * the case API and the tests. Emails, phone numbers and handles travel only as keyed hashes
 * (HMAC-SHA-256 with the team's entity key, which lives in the extension and never reaches the
 * case API), so the schema itself refuses anything else for those kinds.
 */

export const HASHED_KINDS = ['email', 'phone', 'handle'] as const;
export const CLEAR_KINDS = ['account', 'domain', 'wallet'] as const;
export const entityKindSchema = z.enum([...HASHED_KINDS, ...CLEAR_KINDS]);

const HASH = /^[0-9a-f]{64}$/;
const hashedKinds: ReadonlySet<string> = new Set(HASHED_KINDS);

export const entitySchema = z
  .object({ kind: entityKindSchema, value: z.string().min(1).max(200) })
  .refine((entity) => !hashedKinds.has(entity.kind) || HASH.test(entity.value), {
    message: 'emails, phone numbers and handles are accepted only as keyed hashes (64 hex digits)',
    path: ['value'],
  });

/** What the panel's background records for a case it showed: the case's console identity. */
export const caseEntitiesInputSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(4000),
  subject: z.string().max(2000).optional(),
  entities: z.array(entitySchema).max(500),
});

const consoleUrlSchema = z.url({ protocol: /^https?$/ }).max(4000);

export const linkedCaseSchema = z.object({
  console: z.string(),
  id: z.string(),
  /** Opened from the page in a new tab: http(s) only, so a stored value cannot run script. */
  url: consoleUrlSchema.optional(),
  subject: z.string().optional(),
  lastSeenAt: z.string(),
  /** Indexes into `entities`: which of the investigated case's entities this case shares. */
  shares: z.array(z.number().int().nonnegative()),
  decision: z
    .object({ action: z.string(), decidedAt: z.string(), reviewerName: z.string() })
    .nullable(),
});

export const investigationNoteSchema = z.object({
  id: z.number().int(),
  authorName: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export const investigationNoteInputSchema = z.object({ text: z.string().trim().min(1).max(5000) });

export const investigationSchema = z.object({
  case: z.object({ console: z.string(), id: z.string() }),
  entities: z.array(
    z.object({ kind: entityKindSchema, value: z.string(), caseCount: z.number().int() }),
  ),
  /** The investigated case first, then the others, most entities shared first. */
  cases: z.array(linkedCaseSchema),
  /** More cases matched than one answer carries. */
  truncated: z.boolean(),
  notes: z.array(investigationNoteSchema),
});

export const exportFormatSchema = z.enum(['csv', 'json']);

export type EntityKind = z.infer<typeof entityKindSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type CaseEntitiesInput = z.infer<typeof caseEntitiesInputSchema>;
export type LinkedCase = z.infer<typeof linkedCaseSchema>;
export type InvestigationNote = z.infer<typeof investigationNoteSchema>;
export type Investigation = z.infer<typeof investigationSchema>;
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** Where the case API keeps a case's investigation; the same console + id pair as decisions. */
export function investigationPath(console: string, caseId: string, tail = ''): string {
  const part = encodeURIComponent;
  return `/consoles/${part(console)}/cases/${part(caseId)}/${tail || 'investigation'}`;
}
