import { z } from 'zod';
import type { CaseEscalations, Escalation } from './schema';

/**
 * The panel's escalation requests. The background turns each into a fixed case API path: the
 * panel names a case or an escalation id, never a URL.
 */
export const escalationOpSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('load'),
    console: z.string().min(1).max(100),
    caseId: z.string().min(1).max(200),
  }),
  z.object({
    op: z.literal('move'),
    escalationId: z.string().regex(/^esc_[0-9a-f-]{1,40}$/),
    to: z.enum(['acknowledged', 'closed']),
    note: z.string().trim().max(1000).optional(),
  }),
]);

export const escalationRequestSchema = z.object({
  type: z.literal('escalations:request'),
  request: escalationOpSchema,
});

export type EscalationOp = z.infer<typeof escalationOpSchema>;
export type EscalationAnswer =
  | ({ ok: true; op: 'load' } & CaseEscalations)
  | { ok: true; op: 'move'; escalation: Escalation }
  | { ok: false; message: string };
