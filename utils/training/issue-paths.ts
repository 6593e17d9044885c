import type { z } from 'zod';

/** One validation problem, where it is ("items[2].expectedAction") and what is wrong. */
export interface PathIssue {
  path: string;
  message: string;
}

/** `items[2].source.case.items[0].text`: the way a trainer reads a JSON file, not zod's array. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

export function pathIssues(error: z.ZodError): PathIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export const describeIssue = (issue: PathIssue) =>
  issue.path ? `${issue.path}: ${issue.message}` : issue.message;
