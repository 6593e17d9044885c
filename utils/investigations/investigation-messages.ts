import { z } from 'zod';
import { exportFormatSchema, type Investigation, type InvestigationNote } from './schema';

/** The investigation page's requests; the op picks a fixed case API path for the named case. */
const caseRef = {
  console: z.string().min(1).max(100),
  caseId: z.string().min(1).max(200),
};

export const investigationOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('load'), ...caseRef }),
  z.object({ op: z.literal('note'), ...caseRef, text: z.string().trim().min(1).max(5000) }),
  z.object({ op: z.literal('export'), ...caseRef, format: exportFormatSchema }),
]);

export const investigationRequestSchema = z.object({
  type: z.literal('investigation:request'),
  request: investigationOpSchema,
});

export type InvestigationOp = z.infer<typeof investigationOpSchema>;

type Failed = { ok: false; message: string };
export type InvestigationAnswer =
  | { ok: true; op: 'load'; investigation: Investigation }
  | { ok: true; op: 'note'; note: InvestigationNote }
  | { ok: true; op: 'export'; filename: string; mimeType: string; text: string }
  | Failed;
