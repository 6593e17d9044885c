import {
  groupMappingInputSchema,
  type GroupMapping,
  type GroupMappingInput,
} from '../../utils/case-api/sso-schema';
import { audited, refuse, type ActionContext, type ActionResult } from '../accounts/audited';
import { deleteGroupMapping, findGroupMapping, upsertGroupMapping } from '../db/oidc';
import { findTeam } from '../db/teams';

/** Maps a provider group to a role and/or team (replacing an earlier mapping), audited. */
export function mapGroup(ctx: ActionContext, input: GroupMappingInput): ActionResult<GroupMapping> {
  const mapping = groupMappingInputSchema.parse(input);
  return audited(ctx, () => {
    if (mapping.teamId !== undefined && !findTeam(ctx.db, mapping.teamId)) {
      return refuse('invalid', `No team ${mapping.teamId}.`);
    }
    const row = {
      group: mapping.group,
      role: mapping.role ?? null,
      teamId: mapping.teamId ?? null,
    };
    upsertGroupMapping(ctx.db, row, ctx.now.toISOString());
    return {
      ok: true,
      value: {
        value: findGroupMapping(ctx.db, mapping.group)!,
        audit: { action: 'sso.map-group', target: mapping.group, detail: row },
      },
    };
  });
}

/** Removes a mapping; users signed in through it keep their role until their next sign-in. */
export function unmapGroup(ctx: ActionContext, group: string): ActionResult<GroupMapping> {
  return audited(ctx, () => {
    const current = findGroupMapping(ctx.db, group);
    if (!current) return refuse('not_found', `No mapping for group ${group}.`);
    deleteGroupMapping(ctx.db, group);
    return {
      ok: true,
      value: { value: current, audit: { action: 'sso.unmap-group', target: group, detail: {} } },
    };
  });
}
