import { z } from 'zod';
import type { Me } from '../case-api/schema';
import type { EditorFailure } from '../guidance/editor-messages';
import { opsSummaryQuerySchema, type OpsSummary } from './summary-schema';

/**
 * The operations dashboard's requests, carried in one `ops:request` message. Each op maps to
 * one fixed case API path in the background: the page sends filters, never a URL.
 */
export const opsRequestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('me') }),
  z.object({ op: z.literal('summary'), query: opsSummaryQuerySchema }),
]);

export type OpsRequest = z.infer<typeof opsRequestSchema>;
export type OpsOp = OpsRequest['op'];

export interface OpsAnswers {
  me: { ok: true; me: Me; baseUrl: string } | EditorFailure;
  summary: { ok: true; summary: OpsSummary } | EditorFailure;
}

export type OpsAnswer = OpsAnswers[OpsOp];
