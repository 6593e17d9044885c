import { WRITER_FORMAT, type WriterInput } from '../writer/schema';

/** The internal comment; guarded by its name, `comment`, in the default and reversal plans. */
const comment = (body: string) => ({
  name: 'comment',
  method: 'POST' as const,
  path: '/rest/servicedeskapi/request/{{case.id}}/comment',
  json: { body, public: false },
  ok: [201],
});

/**
 * Jira Service Management Cloud (not yet tried against the live service): the decision as an
 * internal comment on the request, Caselight's labels added, and the issue moved to the status
 * the action names, through whichever transition the issue's workflow offers to it. Credentials:
 * the account's email as the user name and an API token as the password.
 *
 * The transition is found by its target status, not its own name: transition names differ
 * between workflows ("Resolve", "Resolve this issue", "Done"), the status a lead sees on the
 * board does not. An issue already in that status is offered no transition to it, so the
 * capture is optional and the transition is skipped rather than failed.
 *
 * On a retry: at most one comment per decision. The comment ends with the decision's marker,
 * and before re-sending a comment that may have landed (a timeout, a 5xx) the issue's comments
 * are searched for it, newest first; found means it is not posted again. Labels are added, never
 * replaced, and adding one the issue has keeps one; a transition already taken is no longer
 * offered, so it is not taken twice. Once written, the comment is looked up to show its id.
 * Not guaranteed: a status name that matches no transition is skipped silently, exactly like
 * one already reached, so check the names against the project's workflow; a transition whose
 * screen requires a field (a resolution) fails with Jira's words; the look-up reads the newest
 * 100 comments; the marker's brackets are link syntax in Jira's wiki markup, so that it reads
 * back verbatim is still to be checked live; a reversal removes no label.
 */
export function jiraSmWriterPreset(baseUrl: string, consoles = ['jira-sm']): WriterInput {
  const issue = '/rest/api/2/issue/{{case.id}}';
  const transition = [
    {
      name: 'transitions',
      method: 'GET' as const,
      path: `${issue}/transitions`,
      skipUnless: '{{vars.status}}',
      capture: { id: { path: 'transitions[to.name={{vars.status}}].id', optional: true } },
    },
    {
      name: 'transition',
      method: 'POST' as const,
      path: `${issue}/transitions`,
      skipUnless: '{{steps.transitions.id}}',
      json: { transition: { id: '{{steps.transitions.id}}' } },
    },
  ];
  return {
    format: WRITER_FORMAT,
    id: 'jira-sm',
    name: 'Jira Service Management',
    consoles,
    baseUrl,
    auth: { kind: 'basic' },
    note: {
      template:
        'Caselight decision: {{action.label}}\nPolicies: {{policies.titles}}\nReviewer: {{reviewer.id}} · guidance v{{decision.guidanceVersion}}\n\n{{decision.note}}',
      // Jira refuses text over 32 767 characters by default.
      maxChars: 32_000,
    },
    // Escalations go back to the agents' queue for the specialist team.
    vars: { status: 'Resolved' },
    actions: {
      default: {
        requests: [
          comment('{{note}}'),
          {
            name: 'labels',
            method: 'PUT',
            path: issue,
            json: {
              update: { labels: [{ add: 'caselight' }, { add: 'caselight-{{action.id}}' }] },
            },
          },
          ...transition,
        ],
      },
      escalate: { vars: { status: 'Waiting for support' } },
      'escalate-self-harm': { vars: { status: 'Waiting for support' } },
      'escalate-child-safety': { vars: { status: 'Waiting for support' } },
    },
    reversal: {
      vars: { status: 'Waiting for support' },
      requests: [
        comment(
          'Caselight: the decision {{decision.reverses}} was reversed by {{reviewer.id}}; the request is open for review again.\n\n{{marker}}',
        ),
        ...transition,
      ],
    },
    // The platform's comment list, not servicedeskapi's: it can be asked for newest first,
    // where servicedeskapi's comes 50 a page with no order to ask for.
    replayGuard: {
      kind: 'lookup',
      request: {
        name: 'comments',
        method: 'GET',
        path: `${issue}/comment?orderBy=-created&maxResults=100`,
      },
      found: 'comments[body~={{marker}}].id',
      protects: 'comment',
      confirm: true,
    },
    result: 'comment #{{guard.found}}',
    // Jira Cloud limits by cost over time rather than a fixed number a minute, and a decision
    // costs up to five requests. 60 a minute per browser is a dozen decisions a minute; a 429
    // pauses the writer for the Retry-After Jira sends.
    rateLimit: { requestsPerMinute: 60, concurrency: 2 },
    testedAgainst: undefined,
  };
}
