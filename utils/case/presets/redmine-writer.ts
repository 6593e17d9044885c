import { WRITER_FORMAT, type WriterInput } from '../writer/schema';

/**
 * Redmine (REST API, tested against Debian's Redmine 5 in the end-to-end tests): the decision
 * as a journal note on the issue and, in the same update, the issue's status, looked up by
 * name so the preset works whatever ids an installation gave its statuses.
 *
 * Guarantee: at most one note per decision. Redmine's API has no idempotency key, so the note
 * carries the decision's marker, and before re-sending after an attempt that may have landed
 * (a timeout, a 5xx, a worker that died mid-request) the issue's journals are searched for
 * it. Once written, the journal is looked up again to show its id.
 */
export function redmineWriterPreset(baseUrl: string, consoles = ['redmine']): WriterInput {
  return {
    format: WRITER_FORMAT,
    id: 'redmine',
    name: 'Redmine',
    consoles,
    baseUrl,
    auth: { kind: 'header', header: 'X-Redmine-API-Key' },
    note: {
      template:
        'Caselight decision: {{action.label}}\nPolicies: {{policies.titles}}\nReviewer: {{reviewer.id}} · guidance v{{decision.guidanceVersion}}\n\n{{decision.note}}',
      maxChars: 60_000,
    },
    vars: { status: 'Resolved' },
    actions: {
      default: {
        requests: [
          {
            name: 'statuses',
            method: 'GET',
            path: '/issue_statuses.json',
            skipUnless: '{{vars.status}}',
            cacheSeconds: 600,
            capture: { id: 'issue_statuses[name={{vars.status}}].id' },
          },
          {
            name: 'note',
            method: 'PUT',
            path: '/issues/{{case.id}}.json',
            json: { issue: { notes: '{{note}}', status_id: '{{steps.statuses.id}}' } },
          },
        ],
      },
      'no-action': { vars: { status: 'Rejected' } },
      escalate: { vars: { status: 'In Progress' } },
      'escalate-self-harm': { vars: { status: 'In Progress' } },
      'escalate-child-safety': { vars: { status: 'In Progress' } },
    },
    reversal: {
      vars: { status: 'In Progress' },
      requests: [
        {
          name: 'statuses',
          method: 'GET',
          path: '/issue_statuses.json',
          cacheSeconds: 600,
          capture: { id: 'issue_statuses[name={{vars.status}}].id' },
        },
        {
          name: 'note',
          method: 'PUT',
          path: '/issues/{{case.id}}.json',
          json: {
            issue: {
              notes:
                'Caselight: the decision {{decision.reverses}} was reversed by {{reviewer.id}}; the issue is open for review again.\n\n{{marker}}',
              status_id: '{{steps.statuses.id}}',
            },
          },
        },
      ],
    },
    replayGuard: {
      kind: 'lookup',
      request: {
        name: 'journals',
        method: 'GET',
        path: '/issues/{{case.id}}.json?include=journals',
      },
      found: 'issue.journals[notes~={{marker}}].id',
      protects: 'note',
      confirm: true,
    },
    result: 'note #{{guard.found}}',
    rateLimit: { requestsPerMinute: 1200, concurrency: 2 },
    testedAgainst: 'Redmine 5 (Debian), in the end-to-end tests',
  };
}
