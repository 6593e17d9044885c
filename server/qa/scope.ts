import type { Me } from '../../utils/case-api/schema';

/**
 * Whose decisions a user may see. Leads, QA reviewers and admins work across every team;
 * vendor managers and trainers see their own team; a reviewer sees their own decisions. The
 * case API applies this to every read of decisions and QA results, not only the pages.
 */
export type Scope =
  { kind: 'all' } | { kind: 'team'; teamId: string } | { kind: 'reviewer'; reviewerId: string };

export function scopeOf(me: Me): Scope {
  switch (me.role) {
    case 'admin':
    case 'policy-lead':
    case 'qa-reviewer':
      return { kind: 'all' };
    case 'vendor-manager':
    case 'trainer':
      // No team is no one's team: '' matches no user.
      return { kind: 'team', teamId: me.team?.id ?? '' };
    case 'reviewer':
      return { kind: 'reviewer', reviewerId: me.id };
  }
}

/**
 * A SQL condition on a reviewer-id column and its one parameter (a named `@scope`), always
 * present so callers write one statement for every scope.
 */
export function scopeCondition(
  scope: Scope,
  reviewerColumn: string,
): { sql: string; value: string } {
  switch (scope.kind) {
    case 'all':
      return { sql: '(@scope IS NOT NULL)', value: '' };
    case 'team':
      return {
        sql: `${reviewerColumn} IN (SELECT id FROM users WHERE team_id = @scope)`,
        value: scope.teamId,
      };
    case 'reviewer':
      return { sql: `${reviewerColumn} = @scope`, value: scope.reviewerId };
  }
}

/**
 * The same scope over the operations facts or rollups (alias.team_id, alias.reviewer_id): the
 * team is the reviewer's team when the decision was recorded, so moving a reviewer to another
 * team leaves their past decisions with the team they were made for.
 */
export function scopeFacts(scope: Scope, alias: string): { sql: string; value: string } {
  switch (scope.kind) {
    case 'all':
      return { sql: '(@scope IS NOT NULL)', value: '' };
    case 'team':
      return { sql: `${alias}.team_id = @scope`, value: scope.teamId };
    case 'reviewer':
      return { sql: `${alias}.reviewer_id = @scope`, value: scope.reviewerId };
  }
}

/**
 * The scope over decisions (a decision-id and a reviewer-id column), by the team recorded with
 * each decision's facts. A decision without a facts row (unreadable) is out of a team's scope.
 */
export function scopeDecisions(
  scope: Scope,
  columns: { id: string; reviewer: string },
): { sql: string; value: string } {
  if (scope.kind !== 'team') return scopeCondition(scope, columns.reviewer);
  return {
    sql: `EXISTS (SELECT 1 FROM decision_facts sf WHERE sf.decision_id = ${columns.id}
      AND sf.team_id = @scope)`,
    value: scope.teamId,
  };
}

/** Leads and admins set rules and scorecards and settle disputes. */
export const isLead = (me: Me): boolean => me.role === 'policy-lead' || me.role === 'admin';

/** Who may take and score QA samples. */
export const isQaReviewer = (me: Me): boolean => me.role === 'qa-reviewer' || isLead(me);
