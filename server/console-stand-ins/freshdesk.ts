import {
  conversationJson,
  fieldErrors,
  noteSchema,
  updateTicketSchema,
  validationFailed,
  type FreshdeskTicket,
} from './freshdesk-shapes';
import { startStandIn, type Answer, type Incoming, type StandIn } from './http';

/**
 * Freshdesk (API v2), for exactly the endpoints the Freshdesk preset uses. Shapes from
 * developers.freshdesk.com/api/: "Create a Note" (`{body, private}` in, 201 with the note and its
 * `id`), "List All Conversations of a Ticket" (a bare array, oldest first, 30 a page by default,
 * `per_page` at most 100, a `link` header to the next page), "Update a Ticket" (its documented
 * parameters only; `status` 2 Open, 3 Pending, 4 Resolved, 5 Closed; `tags` replaces the
 * ticket's tags), "Errors" (400 `{description: "Validation failed", errors: [{field, message,
 * code}]}`, `invalid_field` for a parameter it does not document; 404 documented with no body)
 * and "Rate Limit" (429 with Retry-After and X-RateLimit-* headers). The 401 body is the one
 * Freshdesk sends (`invalid_credentials`); other message texts are illustrative.
 */

function conversations(id: string, ticket: FreshdeskTicket, path: string, query: URLSearchParams) {
  const perPage = Number(query.get('per_page') ?? 30);
  const page = Number(query.get('page') ?? 1);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    const message = 'It should be a Positive Integer less than or equal to 100';
    return validationFailed([{ field: 'per_page', message, code: 'invalid_value' }]);
  }
  const all = ticket.conversations.map((note) => conversationJson(id, note));
  const next = `<${path}?per_page=${perPage}&page=${page + 1}>;rel="next"`;
  const headers: Record<string, string> = all.length > page * perPage ? { link: next } : {};
  return { status: 200, json: all.slice((page - 1) * perPage, page * perPage), headers };
}

export async function startFreshdeskStandIn(
  options: { port?: number; apiKey?: string } = {},
): Promise<StandIn & { state: { tickets: Map<string, FreshdeskTicket> } }> {
  const { apiKey = 'fd-key' } = options;
  const tickets = new Map<string, FreshdeskTicket>([
    ['20', { status: 2, tags: ['abuse-report'], conversations: [] }],
  ]);
  let nextId = 500;

  function route({ method, path, query, body }: Incoming): Answer {
    const match = /^\/api\/v2\/tickets\/(\d+)(\/notes|\/conversations)?$/.exec(path);
    const ticket = tickets.get(match?.[1] ?? '');
    if (!match || !ticket) return { status: 404 };
    const [, id, sub] = match;
    if (sub === '/conversations' && method === 'GET')
      return conversations(id!, ticket, path, query);
    if (sub === '/notes' && method === 'POST') {
      const parsed = noteSchema.safeParse(body);
      if (!parsed.success) return fieldErrors(parsed.error.issues);
      const { body: html = '', private: internal = true } = parsed.data;
      const note = { id: nextId++, body: html, private: internal };
      ticket.conversations.push(note);
      return { status: 201, json: { ...conversationJson(id!, note), notified_to: [] } };
    }
    if (!sub && method === 'PUT') {
      const parsed = updateTicketSchema.safeParse(body);
      if (!parsed.success) return fieldErrors(parsed.error.issues);
      if (parsed.data.status !== undefined) ticket.status = parsed.data.status;
      if (parsed.data.tags !== undefined) ticket.tags = parsed.data.tags;
      return { status: 200, json: { id: Number(id), status: ticket.status, tags: ticket.tags } };
    }
    return { status: 405 };
  }

  const standIn = await startStandIn({
    port: options.port,
    refuse: ({ credentials }) =>
      credentials?.username === apiKey
        ? undefined
        : {
            status: 401,
            json: {
              code: 'invalid_credentials',
              message: 'You have to be logged in to perform this action.',
            },
          },
    route: (incoming) =>
      incoming.invalidJson
        ? validationFailed([
            { message: 'Request body has invalid json format', code: 'invalid_json' },
          ])
        : route(incoming),
    faultAnswer: (status) => {
      if (status !== 429) return { status, json: { description: `Injected ${status}` } };
      const headers = { 'x-ratelimit-total': '200', 'x-ratelimit-remaining': '0' };
      return { status, headers: { ...headers, 'x-ratelimit-used-currentrequest': '1' } };
    },
  });
  return { ...standIn, state: { tickets } };
}
