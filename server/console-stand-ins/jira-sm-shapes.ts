import { z } from 'zod';
import type { Answer } from './http';

/**
 * The Jira Service Management shapes the stand-in speaks (sources in jira-sm.ts): request bodies
 * as zod schemas, a small workflow, answers and errors as Jira writes them.
 */

export interface JiraComment {
  id: string;
  body: string;
  public: boolean;
}
export interface JiraIssue {
  id: string;
  status: string;
  labels: string[];
  comments: JiraComment[];
}

/** A small service-request workflow: every status reachable from every other. */
const WORKFLOW = [
  { id: '11', name: 'Respond to customer', to: { id: '10002', name: 'Waiting for customer' } },
  { id: '21', name: 'Resolve this issue', to: { id: '10004', name: 'Resolved' } },
  { id: '31', name: 'Escalate', to: { id: '10003', name: 'Escalated' } },
  { id: '41', name: 'Back to support', to: { id: '10001', name: 'Waiting for support' } },
];
const FLAGS = { hasScreen: false, isGlobal: true, isInitial: false, isAvailable: true };
/** Get transitions offers none to the status the issue is already in. */
export const offeredTransitions = (issue: JiraIssue) =>
  WORKFLOW.filter((t) => t.to.name !== issue.status).map((t) => ({ ...t, ...FLAGS }));

export const requestCommentSchema = z.object({ body: z.string().min(1), public: z.boolean() });
const labelOps = z.array(
  z.union([
    z.strictObject({ add: z.string() }),
    z.strictObject({ remove: z.string() }),
    z.strictObject({ set: z.array(z.string()) }),
  ]),
);
/** Edit issue, on an edit screen that holds labels only. */
export const editIssueSchema = z.object({
  fields: z.strictObject({ labels: z.array(z.string()).optional() }).optional(),
  update: z.strictObject({ labels: labelOps.optional() }).optional(),
});
export const transitionSchema = z.object({ transition: z.object({ id: z.string().min(1) }) });

/** The platform's error body. */
export const jiraError = (status: number, errorMessages: string[], errors = {}): Answer => ({
  status,
  json: { errorMessages, errors },
});
export function fieldErrors(issues: z.ZodError['issues']): Answer {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = ['fields', 'update'].includes(String(issue.path[0])) ? issue.path[1] : undefined;
    if (issue.code !== 'unrecognized_keys') {
      errors[String(field ?? issue.path.at(-1) ?? 'body')] = issue.message;
      continue;
    }
    for (const key of issue.keys)
      errors[key] =
        `Field '${key}' cannot be set. It is not on the appropriate screen, or unknown.`;
  }
  return jiraError(400, [], errors);
}
/** A label with a space, as Jira refuses it. */
export function labelProblem({ fields, update }: z.infer<typeof editIssueSchema>) {
  const labels = [...(fields?.labels ?? []), ...(update?.labels ?? []).flatMap(Object.values)];
  const spaced = labels.flat().find((label) => /\s/.test(String(label)));
  if (spaced === undefined) return undefined;
  return jiraError(400, [], { labels: `The label '${spaced}' contains spaces which is invalid.` });
}

/** servicedeskapi's error body. */
export const serviceDeskError = (status: number, message: string, i18nKey: string): Answer => ({
  status,
  json: { errorMessage: message, i18nErrorMessage: { i18nKey, parameters: [] } },
});
