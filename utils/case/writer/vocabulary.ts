/**
 * The decision fields a writer template may name. Fixed here, so a template naming anything
 * else (`{{decison.note}}`, `{{settings.token}}`) is refused at import rather than sent empty.
 */
export const DECISION_FIELDS = [
  'decision.id',
  'decision.action',
  'decision.note',
  'decision.policyIds',
  'decision.decidedAt',
  'decision.reviewerId',
  'decision.guidanceVersion',
  'decision.mode',
  'decision.agreement',
  'decision.reverses',
  'action.id',
  'action.label',
  'policies.ids',
  'policies.titles',
  'case.id',
  'case.url',
  'case.subject',
  'case.console',
  'reviewer.id',
  /** The note as the writer's note template renders it, cut to its limit, marker last. */
  'note',
  /** The decision's marker text, which a look-up finds again in the console. */
  'marker',
] as const;

export type DecisionField = (typeof DECISION_FIELDS)[number];

const fixed = new Set<string>(DECISION_FIELDS);

/** What a template may name at one place in a writer. */
export interface Scope {
  vars: ReadonlySet<string>;
  /** `steps.<request>.<capture>` of the requests before this one. */
  captures: ReadonlySet<string>;
  /** `guard.found`, in a writer with a look-up guard. */
  guard: boolean;
  /** The note template cannot name the note it makes. */
  inNote?: boolean;
}

/** Why `name` cannot be used here, or undefined when it can. */
export function placeholderProblem(name: string, scope: Scope): string | undefined {
  if (scope.inNote && (name === 'note' || name === 'marker'))
    return `{{${name}}} cannot be used inside the note template (the marker is added for you)`;
  if (fixed.has(name)) return undefined;
  if (name.startsWith('vars.')) {
    return scope.vars.has(name.slice(5))
      ? undefined
      : `{{${name}}} names a variable this writer does not declare in "vars"`;
  }
  if (name.startsWith('steps.')) {
    return scope.captures.has(name.slice(6))
      ? undefined
      : `{{${name}}} is not captured by an earlier request (steps.<request name>.<capture name>)`;
  }
  if (name === 'guard.found') {
    return scope.guard ? undefined : '{{guard.found}} needs a replayGuard of kind "lookup"';
  }
  return `{{${name}}} is not a field a writer can use; known fields: ${DECISION_FIELDS.join(', ')}, vars.*, steps.*`;
}
