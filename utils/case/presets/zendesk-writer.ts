import { WRITER_FORMAT, type WriterInput } from '../writer/schema';

/**
 * Zendesk Support (Tickets API; not yet tried against the live service): the decision as an
 * internal comment and the ticket's status in one Update Ticket, then Caselight's tags through
 * Add Tags. Credentials: `{email}/token` as the user name and the API token as the password.
 *
 * Two requests, not one: Zendesk documents that `tags` on Update Ticket replaces every tag and
 * that `additional_tags` works only on Update Many Tickets, which runs as a background job (a
 * look-up could miss a comment still queued). Add Tags (`PUT /tickets/{id}/tags`) only adds.
 *
 * On a retry: at most one comment per decision. The comment and the status are one update (one
 * audit: both land or neither), the comment ends with the decision's marker, and before
 * re-sending an update that may have landed (a timeout, a 5xx) the ticket's newest comments are
 * searched for it; found means the update is not sent again. Tags are idempotent: adding a tag
 * the ticket has keeps one. Once written, the comment is looked up to show its id.
 * Not guaranteed: a closed ticket takes no update (Zendesk answers 422, the write-back fails in
 * its words); solving needs an assignee unless the account assigns the solver; the look-up reads
 * the newest 100 comments, so a ticket that gained more than 100 between the attempt and the
 * retry could get a second comment; a reversal removes no tag.
 */
export function zendeskWriterPreset(baseUrl: string, consoles = ['zendesk']): WriterInput {
  const ticket = '/api/v2/tickets/{{case.id}}.json';
  return {
    format: WRITER_FORMAT,
    id: 'zendesk',
    name: 'Zendesk',
    consoles,
    baseUrl,
    auth: { kind: 'basic' },
    note: {
      template:
        'Caselight decision: {{action.label}}\nPolicies: {{policies.titles}}\nReviewer: {{reviewer.id}} · guidance v{{decision.guidanceVersion}}\n\n{{decision.note}}',
      // Cut well before Zendesk's own limit on a comment's size (not tried against the live service).
      maxChars: 30_000,
    },
    // Escalations stay open for the specialist team; `pending` would wait on the requester.
    vars: { status: 'solved' },
    actions: {
      default: {
        requests: [
          {
            name: 'ticket',
            method: 'PUT',
            path: ticket,
            json: {
              ticket: { comment: { body: '{{note}}', public: false }, status: '{{vars.status}}' },
            },
          },
          {
            name: 'tags',
            method: 'PUT',
            path: '/api/v2/tickets/{{case.id}}/tags.json',
            json: { tags: ['caselight', 'caselight_{{action.id}}'] },
          },
        ],
      },
      escalate: { vars: { status: 'open' } },
      'escalate-self-harm': { vars: { status: 'open' } },
      'escalate-child-safety': { vars: { status: 'open' } },
    },
    reversal: {
      vars: { status: 'open' },
      requests: [
        {
          name: 'ticket',
          method: 'PUT',
          path: ticket,
          json: {
            ticket: {
              comment: {
                body: 'Caselight: the decision {{decision.reverses}} was reversed by {{reviewer.id}}; the ticket is open for review again.\n\n{{marker}}',
                public: false,
              },
              status: '{{vars.status}}',
            },
          },
        },
      ],
    },
    replayGuard: {
      kind: 'lookup',
      request: {
        name: 'comments',
        method: 'GET',
        path: '/api/v2/tickets/{{case.id}}/comments.json?sort_order=desc',
      },
      found: 'comments[body~={{marker}}].id',
      protects: 'ticket',
      confirm: true,
    },
    result: 'comment #{{guard.found}}',
    // Zendesk counts requests per account (200 to 700 a minute by plan) and Update Ticket alone
    // at 100 a minute per account, shared with the team's other apps and every reviewer's
    // browser. 30 a minute per browser is ten decisions a minute, more than one reviewer makes,
    // and keeps a dozen reviewers near the smallest plan's budget; a 429 still pauses the writer
    // for the Retry-After Zendesk sends.
    rateLimit: { requestsPerMinute: 30, concurrency: 2 },
    testedAgainst: undefined,
  };
}
