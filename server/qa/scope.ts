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

/** Leads and admins set rules and scorecards and settle disputes. */
export const isLead = (me: Me): boolean => me.role === 'policy-lead' || me.role === 'admin';

/** Who may take and score QA samples. */
export const isQaReviewer = (me: Me): boolean => me.role === 'qa-reviewer' || isLead(me);
