import type { PackIssue } from '../../utils/guidance/validate';

/** Small immutable edits and issue look-ups shared by the editor's sections. */

export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((old, i) => (i === index ? item : old));

export const removeAt = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, i) => i !== index);

export const moveAt = <T>(list: readonly T[], index: number, by: -1 | 1): T[] => {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
};

/** The messages for exactly this field path (`policies.2.title`), joined. */
export function issueAt(issues: readonly PackIssue[], path: string): string | undefined {
  const found = issues.filter((i) => i.path === path).map((i) => i.message);
  return found.length > 0 ? found.join(' ') : undefined;
}

/** How many problems lie at or under a path (`policies.2`), for markers on lists and tabs. */
export function issuesUnder(issues: readonly PackIssue[], prefix: string): number {
  return issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`)).length;
}

/** An id not yet used in the list: `new-policy`, `new-policy-2`, … */
export function freshId(taken: readonly { id: string }[], base: string): string {
  const ids = new Set(taken.map((t) => t.id));
  if (!ids.has(base)) return base;
  for (let n = 2; ; n++) if (!ids.has(`${base}-${n}`)) return `${base}-${n}`;
}
