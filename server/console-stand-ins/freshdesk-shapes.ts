import { z } from 'zod';
import type { Answer } from './http';

/**
 * The Freshdesk shapes the stand-in speaks (sources in freshdesk.ts): request bodies as zod
 * schemas from the documented parameters, answers and errors as Freshdesk writes them.
 */

export interface FreshdeskConversation {
  id: number;
  body: string;
  private: boolean;
}
export interface FreshdeskTicket {
  status: number;
  tags: string[];
  conversations: FreshdeskConversation[];
}

/** Create a Note: `body` or `structured_body`; any other field is `invalid_field`. */
export const noteSchema = z
  .strictObject({
    body: z.string().min(1).optional(),
    structured_body: z.object({ body_contents: z.array(z.unknown()) }).optional(),
    private: z.boolean().optional(),
    incoming: z.boolean().optional(),
    notify_emails: z.array(z.email()).optional(),
    user_id: z.number().int().optional(),
    attachments: z.array(z.unknown()).optional(),
  })
  .refine((note) => note.body !== undefined || note.structured_body !== undefined, {
    path: ['body'],
    error: 'Mandatory attribute missing',
  });

const DOCUMENTED = `name requester_id email facebook_id phone twitter_id unique_external_id subject
  type priority description responder_id attachments custom_fields due_by email_config_id fr_due_by
  group_id parent_id product_id source company_id internal_agent_id internal_group_id
  lookup_parameter`.split(/\s+/);
/**
 * Update a Ticket: the documented parameters, those the preset sends typed (the four standard
 * statuses only: an account's custom statuses are not modelled).
 */
export const updateTicketSchema = z.strictObject({
  ...Object.fromEntries(DOCUMENTED.map((name) => [name, z.unknown().optional()])),
  status: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).optional(),
  tags: z.array(z.string()).optional(),
});

type FieldError = { field?: string; message: string; code: string };
export const validationFailed = (errors: FieldError[]): Answer => ({
  status: 400,
  json: { description: 'Validation failed', errors },
});
export function fieldErrors(issues: z.ZodError['issues']): Answer {
  const errors = issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      const message = 'Unexpected/invalid field in request';
      return issue.keys.map((field) => ({ field, message, code: 'invalid_field' }));
    }
    const code = issue.code === 'invalid_type' ? 'datatype_mismatch' : 'invalid_value';
    return [{ field: issue.path.map(String).join('.'), message: issue.message, code }];
  });
  return validationFailed(errors);
}

const textOf = (html: string) =>
  html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .trim();
export const conversationJson = (ticketId: string, note: FreshdeskConversation) => ({
  ...note,
  body_text: textOf(note.body),
  incoming: false,
  user_id: 1,
  support_email: null,
  source: 2,
  ticket_id: Number(ticketId),
  attachments: [],
});
