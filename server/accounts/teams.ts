import { teamInputSchema, type Team, type TeamInput } from '../../utils/case-api/admin-schema';
import { findTeam, findTeamByName, insertTeam } from '../db/teams';
import { audited, refuse, slugId, type ActionContext, type ActionResult } from './audited';

/** Creates a team (in-house or vendor); names and ids are unique. */
export function createTeam(ctx: ActionContext, input: TeamInput): ActionResult<Team> {
  const team = teamInputSchema.parse(input);
  return audited(ctx, () => {
    if (findTeamByName(ctx.db, team.name)) {
      return refuse('conflict', `A team named ${team.name} exists already.`);
    }
    if (team.id !== undefined && findTeam(ctx.db, team.id)) {
      return refuse('conflict', `A team with id ${team.id} exists already.`);
    }
    const id = team.id ?? slugId(team.name, (taken) => findTeam(ctx.db, taken) !== undefined);
    const created = insertTeam(ctx.db, { ...team, id }, ctx.now.toISOString());
    return {
      ok: true,
      value: {
        value: created,
        audit: { action: 'team.create', target: id, detail: { name: team.name, kind: team.kind } },
      },
    };
  });
}
