import { WRITER_FORMAT, type WriterInput } from '../writer/schema';

/**
 * Freshdesk (API v2; not yet tried against the live service): the decision as a private note,
 * then the ticket's status (2 Open, 3 Pending, 4 Resolved, 5 Closed). Credentials: the API key
 * as the user name and `X` as the password.
 *
 * No tags: `tags` on Update a Ticket replaces every tag the ticket has, and Freshdesk documents
 * no call that only adds one. Reading the tags first and writing them back with ours would drop any tag
 * an agent or an automation adds in between, and the engine cannot append to a list it read
 * anyway. A lead who wants a tag can have a Freshdesk automation add it on the note.
 *
 * A note's body is HTML and templates are not escaped: the template's own breaks are `<br>`,
 * but a reviewer's line breaks run together and any markup they type is left to Freshdesk's
 * sanitiser.
 *
 * On a retry: at most one note per decision. The note ends with the decision's marker, and
 * before re-sending a note that may have landed (a timeout, a 5xx) the ticket's conversations
 * are searched for it; found means the note is not posted again. The status is idempotent:
 * setting it twice leaves it set once. Once written, the note is looked up to show its id.
 * Not guaranteed: the look-up reads the first 100 conversations (Freshdesk lists them oldest
 * first, at most 100 a page), so on a ticket with more a retry could post a second note and the
 * result cannot show the id; resolving fails (400, in Freshdesk's words) when the ticket has
 * fields required on resolution that are empty; a reversal removes nothing.
 */
export function freshdeskWriterPreset(baseUrl: string, consoles = ['freshdesk']): WriterInput {
  const ticket = '/api/v2/tickets/{{case.id}}';
  const setStatus = {
    name: 'status',
    method: 'PUT' as const,
    path: ticket,
    json: { status: '{{vars.status}}' },
  };
  return {
    format: WRITER_FORMAT,
    id: 'freshdesk',
    name: 'Freshdesk',
    consoles,
    baseUrl,
    auth: { kind: 'basic' },
    note: {
      template:
        'Caselight decision: {{action.label}}<br>Policies: {{policies.titles}}<br>Reviewer: {{reviewer.id}} · guidance v{{decision.guidanceVersion}}<br><br>{{decision.note}}',
      maxChars: 30_000,
    },
    // Escalations go back to Open for the specialist team; Pending would wait on the requester.
    vars: { status: 4 },
    actions: {
      default: {
        requests: [
          {
            name: 'note',
            method: 'POST',
            path: `${ticket}/notes`,
            json: { body: '{{note}}', private: true },
            ok: [201],
          },
          setStatus,
        ],
      },
      escalate: { vars: { status: 2 } },
      'escalate-self-harm': { vars: { status: 2 } },
      'escalate-child-safety': { vars: { status: 2 } },
    },
    reversal: {
      vars: { status: 2 },
      requests: [
        {
          name: 'note',
          method: 'POST',
          path: `${ticket}/notes`,
          json: {
            body: 'Caselight: the decision {{decision.reverses}} was reversed by {{reviewer.id}}; the ticket is open for review again.<br><br>{{marker}}',
            private: true,
          },
          ok: [201],
        },
        setStatus,
      ],
    },
    replayGuard: {
      kind: 'lookup',
      request: {
        name: 'conversations',
        method: 'GET',
        path: `${ticket}/conversations?per_page=100`,
      },
      found: '[body_text~={{marker}}].id',
      protects: 'note',
      confirm: true,
    },
    result: 'note #{{guard.found}}',
    // Freshdesk counts calls per account and minute (200 on Growth, 400 Pro, 700 Enterprise, 50
    // on a trial; Ticket Update at most 80, 160, 280), shared with its apps and every reviewer's
    // browser, and a decision costs three. 20 a minute per browser is six or more decisions a
    // minute; ten reviewers at that pace fill a Growth account, and a 429 pauses the writer for
    // the Retry-After Freshdesk sends.
    rateLimit: { requestsPerMinute: 20, concurrency: 2 },
    testedAgainst: undefined,
  };
}
