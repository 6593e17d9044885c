import { startStandIn, type Answer, type Incoming, type StandIn } from './http';
import {
  editIssueSchema,
  fieldErrors,
  jiraError,
  labelProblem,
  offeredTransitions,
  requestCommentSchema,
  serviceDeskError,
  transitionSchema,
  type JiraIssue,
} from './jira-sm-shapes';

/**
 * Jira Service Management Cloud, for exactly the endpoints the JSM preset uses. Shapes from:
 * - developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/ (Create request
 *   comment: `{body, public}` in, 201 with `id`; servicedeskapi errors as
 *   `{errorMessage, i18nErrorMessage: {i18nKey, parameters}}`)
 * - developer.atlassian.com/cloud/jira/platform/rest/v2/api-group-issues/ (Edit issue:
 *   `update.labels: [{add}]`, 204; Get transitions: `{transitions: [{id, name, to}]}`, only those
 *   the issue's status offers; Transition issue: `{transition: {id}}`, 204, 400 otherwise) and
 *   …/api-group-issue-comments/ (Get comments: `{startAt, maxResults, total, comments}`,
 *   `orderBy` created, -created or +created and 400 for anything else, 5000 a page by default)
 * - platform errors as `{errorMessages: [], errors: {field: message}}`; 429 with Retry-After.
 * Bodies are v2's (plain strings, not ADF). Message texts not quoted in those pages are
 * illustrative.
 */

function comments(issue: JiraIssue, query: URLSearchParams): Answer {
  const orderBy = query.get('orderBy') ?? 'created';
  if (!['created', '-created', '+created'].includes(orderBy))
    return jiraError(400, [`Ordering by '${orderBy}' is not supported.`]);
  const all = issue.comments.map((c) => ({ id: c.id, body: c.body, jsdPublic: c.public }));
  if (orderBy === '-created') all.reverse();
  const maxResults = Number(query.get('maxResults') ?? 5000);
  const page = { startAt: 0, maxResults, total: all.length, comments: all.slice(0, maxResults) };
  return { status: 200, json: page };
}

export async function startJiraSmStandIn(
  options: { port?: number; email?: string; token?: string } = {},
): Promise<StandIn & { state: { issues: Map<string, JiraIssue> } }> {
  const { email = 'agent@example.com', token = 'jira-token' } = options;
  const reporter = { id: '10100', body: 'Reported: threats in DMs', public: true };
  const issues = new Map<string, JiraIssue>([
    [
      'SUP-4',
      { id: '10004', status: 'Waiting for support', labels: ['abuse'], comments: [reporter] },
    ],
  ]);
  let nextId = 10200;
  const find = (idOrKey: string) =>
    [...issues].find(([key, issue]) => key === idOrKey || issue.id === idOrKey)?.[1];

  function requestComment(idOrKey: string, method: string, body: unknown): Answer {
    const issue = find(idOrKey);
    if (!issue) return serviceDeskError(404, 'The request could not be found.', 'sd.request.404');
    if (method !== 'POST') return { status: 405 };
    const parsed = requestCommentSchema.safeParse(body);
    if (!parsed.success) return serviceDeskError(400, parsed.error.issues[0]!.message, 'sd.400');
    const comment = { id: String(nextId++), ...parsed.data };
    issue.comments.push(comment);
    const created = { iso8601: new Date().toISOString(), epochMillis: Date.now() };
    return { status: 201, json: { ...comment, created, author: { displayName: email } } };
  }

  function route({ method, path, query, body }: Incoming): Answer {
    const sd = /^\/rest\/servicedeskapi\/request\/([^/]+)\/comment$/.exec(path);
    if (sd) return requestComment(sd[1]!, method, body);
    const match = /^\/rest\/api\/2\/issue\/([^/]+)(\/comment|\/transitions)?$/.exec(path);
    const issue = find(match?.[1] ?? '');
    if (!match || !issue)
      return jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
    const call = `${method} ${match[2] ?? ''}`;
    if (call === 'GET /comment') return comments(issue, query);
    if (call === 'GET /transitions')
      return {
        status: 200,
        json: { expand: 'transitions', transitions: offeredTransitions(issue) },
      };
    if (call === 'POST /transitions') {
      const parsed = transitionSchema.safeParse(body);
      if (!parsed.success) return fieldErrors(parsed.error.issues);
      const { id } = parsed.data.transition;
      const transition = offeredTransitions(issue).find((t) => t.id === id);
      if (!transition)
        return jiraError(400, [`Transition id '${id}' is not valid for this issue.`]);
      issue.status = transition.to.name;
      return { status: 204 };
    }
    if (call === 'PUT ') {
      const parsed = editIssueSchema.safeParse(body);
      if (!parsed.success) return fieldErrors(parsed.error.issues);
      const refused = labelProblem(parsed.data);
      if (refused) return refused;
      if (parsed.data.fields?.labels) issue.labels = [...parsed.data.fields.labels];
      for (const op of parsed.data.update?.labels ?? []) {
        if ('add' in op && !issue.labels.includes(op.add)) issue.labels.push(op.add);
        if ('remove' in op) issue.labels = issue.labels.filter((l) => l !== op.remove);
        if ('set' in op) issue.labels = [...op.set];
      }
      return { status: 204 };
    }
    return { status: 405 };
  }

  const standIn = await startStandIn({
    port: options.port,
    refuse: ({ credentials: given }) =>
      given?.username === email && given.password === token
        ? undefined
        : { status: 401, text: 'Client must be authenticated to access this resource.' },
    route: (incoming) =>
      incoming.invalidJson ? jiraError(400, ['The body is not JSON.']) : route(incoming),
    faultAnswer: (status) =>
      jiraError(status, [status === 429 ? 'Rate limit exceeded.' : `Injected ${status}`]),
  });
  return { ...standIn, state: { issues } };
}
