import { z } from 'zod';
import { isoTimeSchema } from '../case/schema';
import { decisionChecklistSchema } from '../decisions/checklist-schema';
import { severitySchema } from '../guidance/schema';
import { escalationStateSchema } from './schema';

/**
 * Escalation webhooks: where the case API tells the team's on-call tooling about an
 * escalation, and what it sends. A webhook carries a shared secret, so only https leaves the
 * machine; plain http is allowed to this machine alone (tests, a local relay).
 */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function webhookUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Not a URL.';
  }
  if (url.username || url.password)
    return 'Put no credentials in the URL: the secret signs each event.';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return undefined;
  return 'Use https: events are signed with the secret and say who escalated what (plain http is allowed to localhost only).';
}

export const webhookInputSchema = z.object({
  url: z
    .string()
    .max(2000)
    .superRefine((url, ctx) => {
      const problem = webhookUrlProblem(url);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** The HMAC key; the receiver holds the same. Long enough not to be guessed. */
  secret: z.string().min(24, 'Use a secret of at least 24 characters').max(200),
});

/** A configured webhook as admins see it: never its secret. */
export const webhookSchema = z.object({
  id: z.string(),
  url: z.string(),
  createdBy: z.string(),
  createdAt: isoTimeSchema,
});

export const webhookListSchema = z.object({ webhooks: z.array(webhookSchema) });

export const ESCALATION_EVENT_FORMAT = 'caselight-escalation/1';

/**
 * The body POSTed on every transition. No case text (nor notes, which may quote it) unless
 * the team keeps case snapshots; the receiver follows `caseUrl` into the console instead.
 */
export const escalationEventSchema = z.object({
  format: z.literal(ESCALATION_EVENT_FORMAT),
  /** Unique per event: a receiver that sees it twice (a retry after a lost answer) drops it. */
  eventId: z.string(),
  type: z.enum(['escalation.opened', 'escalation.acknowledged', 'escalation.closed']),
  at: isoTimeSchema,
  escalation: z.object({
    id: z.string(),
    state: escalationStateSchema,
    console: z.string(),
    caseId: z.string(),
    caseUrl: z.string().optional(),
    decisionId: z.uuid(),
    action: z.string(),
    severity: severitySchema,
    checklists: z.array(decisionChecklistSchema),
  }),
  by: z.object({ id: z.string(), name: z.string() }),
  /** Only when the team keeps case snapshots. */
  subject: z.string().optional(),
  note: z.string().optional(),
});

export type WebhookInput = z.infer<typeof webhookInputSchema>;
export type Webhook = z.infer<typeof webhookSchema>;
export type EscalationEvent = z.infer<typeof escalationEventSchema>;
