import { z } from 'zod';
import type { Answer } from './http';

/**
 * The Zendesk shapes the stand-in speaks (sources in zendesk.ts): request bodies as zod schemas,
 * answers and errors as Zendesk writes them.
 */

export interface ZendeskComment {
  id: number;
  body: string;
  public: boolean;
}
export interface ZendeskTicket {
  status: string;
  tags: string[];
  comments: ZendeskComment[];
}

/** Update Ticket; unknown ticket properties are ignored, as Zendesk documents. */
export const updateTicketSchema = z.object({
  ticket: z.looseObject({
    comment: z.looseObject({ body: z.string().min(1), public: z.boolean().optional() }).optional(),
    status: z.enum(['new', 'open', 'pending', 'hold', 'solved', 'closed']).optional(),
    tags: z.array(z.string()).optional(),
  }),
});
export const addTagsSchema = z.object({ tags: z.array(z.string().min(1)).min(1) });

export const zendeskError = (
  status: number,
  error: string,
  description: string,
  details?: object,
): Answer => ({ status, json: { error, description, ...(details && { details }) } });

/** 422 RecordInvalid, with `details` keyed by the ticket property at fault. */
export function recordInvalid(issues: z.ZodError['issues']): Answer {
  const details: Record<string, { description: string; error: string }[]> = {};
  for (const issue of issues) {
    const field = String(issue.path[1] ?? issue.path[0] ?? 'base');
    const label = field.charAt(0).toUpperCase() + field.slice(1);
    const description = `${label}: ${issue.message}`;
    (details[field] ??= []).push({ description, error: 'InvalidValue' });
  }
  return zendeskError(422, 'RecordInvalid', 'Record validation errors', details);
}

/** Zendesk keeps tags lower-case, with spaces turned into underscores. */
export const normalTag = (tag: string) => tag.trim().toLowerCase().replace(/\s+/g, '_');

export const ticketJson = (id: string, ticket: ZendeskTicket) => ({
  id: Number(id),
  url: `/api/v2/tickets/${id}.json`,
  status: ticket.status,
  tags: ticket.tags,
});

export const commentJson = (comment: ZendeskComment) => ({
  ...comment,
  type: 'Comment',
  html_body: `<p>${comment.body}</p>`,
  plain_body: comment.body,
  attachments: [],
});
