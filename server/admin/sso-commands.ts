import { roleSchema } from '../../utils/case-api/schema';
import type { ActionResult } from '../accounts/audited';
import { listGroupMappings } from '../db/oidc';
import { mapGroup, unmapGroup } from '../oidc/group-mappings';
import type { CommandInput } from './cli-commands';

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** `sso map|unmap|groups`: the provider-group → role/team mapping sign-ins follow. */
export const ssoCommands: Record<string, (input: CommandInput) => ActionResult<unknown>> = {
  'sso map': ({ ctx, values, args }) => {
    const role = str(values.role);
    return mapGroup(ctx, {
      group: args[0] ?? '',
      role: role === undefined ? undefined : roleSchema.parse(role),
      teamId: str(values.team),
    });
  },
  'sso unmap': ({ ctx, args }) => unmapGroup(ctx, args[0] ?? ''),
  'sso groups': ({ db }) => ({ ok: true, value: { mappings: listGroupMappings(db) } }),
};
