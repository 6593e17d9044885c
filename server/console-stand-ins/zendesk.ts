import { startStandIn, type Answer, type Incoming, type StandIn } from './http';
import {
  addTagsSchema,
  commentJson,
  normalTag,
  recordInvalid,
  ticketJson,
  updateTicketSchema,
  zendeskError,
  type ZendeskTicket,
} from './zendesk-shapes';

/**
 * Zendesk Support, for exactly the endpoints the Zendesk preset uses. Shapes from:
 * - developer.zendesk.com/api-reference/ticketing/tickets/tickets/ (Update Ticket: `{ticket}` in,
 *   `{ticket, audit}` out, the audit's `events` holding the Comment event)
 * - …/tickets/ticket_comments/ (List Comments: `{comments, next_page, previous_page, count}`,
 *   oldest first, `sort_order=desc` for newest first, at most 100 a page)
 * - …/ticket-management/tags/ (Add Tags: `PUT /tickets/{id}/tags`, adds, answers `{tags}`)
 * - developer.zendesk.com/documentation/ticketing/managing-tickets/adding-tags-to-tickets-
 *   without-overwriting-existing-tags/ (`tags` on Update Ticket replaces them all)
 * - developer.zendesk.com/api-reference/introduction/requests/ and …/rate-limits/ (errors as
 *   `{error, description, details}`, 429 with Retry-After); support.zendesk.com article
 *   4408894213018 (a closed ticket takes no update); support.zendesk.com article 4418443326106
 *   (unknown properties are ignored). Message texts not quoted in those pages are illustrative.
 */
export async function startZendeskStandIn(
  options: { port?: number; email?: string; token?: string } = {},
): Promise<StandIn & { state: { tickets: Map<string, ZendeskTicket> } }> {
  const { email = 'agent@example.com', token = 'zd-token' } = options;
  const requester = { id: 90, body: 'Report: abusive DM', public: true };
  const tickets = new Map<string, ZendeskTicket>([
    ['4', { status: 'open', tags: ['spam_report'], comments: [requester] }],
  ]);
  let nextId = 1000;

  function update(id: string, ticket: ZendeskTicket, body: unknown): Answer {
    const parsed = updateTicketSchema.safeParse(body);
    if (!parsed.success) return recordInvalid(parsed.error.issues);
    if (ticket.status === 'closed')
      return zendeskError(422, 'RecordInvalid', 'Record validation errors', {
        status: [{ description: 'Status: closed prevents ticket update' }],
      });
    const { comment, status, tags } = parsed.data.ticket;
    const events: object[] = [];
    if (comment) {
      const added = { id: nextId++, body: comment.body, public: comment.public ?? true };
      ticket.comments.push(added);
      events.push({ ...commentJson(added), author_id: 7 });
    }
    if (status && status !== ticket.status) {
      const change = { field_name: 'status', value: status, previous_value: ticket.status };
      events.push({ id: nextId++, type: 'Change', ...change });
      ticket.status = status;
    }
    if (tags) ticket.tags = [...new Set(tags.map(normalTag))];
    const audit = { id: nextId++, ticket_id: Number(id), author_id: 7, events };
    return { status: 200, json: { ticket: ticketJson(id, ticket), audit } };
  }

  function route({ method, path, query, body }: Incoming): Answer {
    const match = /^\/api\/v2\/tickets\/([^/.]+)(\/comments|\/tags)?(?:\.json)?$/.exec(path);
    const ticket = tickets.get(match?.[1] ?? '');
    if (!match || !ticket) return zendeskError(404, 'RecordNotFound', 'Not found');
    const [, id, sub] = match;
    if (sub === '/comments' && method === 'GET') {
      const all = ticket.comments.map(commentJson);
      if (query.get('sort_order') === 'desc') all.reverse();
      const comments = all.slice(0, 100);
      const page = { comments, next_page: null, previous_page: null, count: all.length };
      return { status: 200, json: page };
    }
    if (sub === '/tags' && method === 'PUT') {
      const parsed = addTagsSchema.safeParse(body);
      if (!parsed.success) return recordInvalid(parsed.error.issues);
      ticket.tags = [...new Set([...ticket.tags, ...parsed.data.tags.map(normalTag)])];
      return { status: 200, json: { tags: ticket.tags } };
    }
    if (!sub && method === 'PUT') return update(id!, ticket, body);
    return zendeskError(404, 'InvalidEndpoint', 'Not found');
  }

  const standIn = await startStandIn({
    port: options.port,
    refuse: ({ credentials: given }) =>
      given?.username === `${email}/token` && given.password === token
        ? undefined
        : { status: 401, json: { error: "Couldn't authenticate you" } },
    route: (incoming) =>
      incoming.invalidJson ? zendeskError(400, 'InvalidJSON', 'Not JSON') : route(incoming),
    faultAnswer: (status) =>
      status === 429
        ? zendeskError(429, 'APIRateLimitExceeded', 'Too many requests in this minute')
        : zendeskError(status, 'ServerError', `Injected ${status}`),
  });
  return { ...standIn, state: { tickets } };
}
