import type { Database } from 'better-sqlite3';
import { roleSchema, teamKindSchema } from '../../utils/case-api/schema';
import type { ActionContext, ActionResult } from '../accounts/audited';
import { initFirstAdmin } from '../accounts/init';
import { createTeam } from '../accounts/teams';
import { issueToken, revokeToken } from '../accounts/tokens';
import { changeUser, createUser } from '../accounts/users';
import { listAudit } from '../db/audit';
import { listTeams } from '../db/teams';
import { listTokens } from '../db/tokens';
import { listUsers } from '../db/users';
import type { cliOptions } from './cli-options';
import { ssoCommands } from './sso-commands';
import { webhookCommands } from './webhook-commands';

type Values = { [K in keyof typeof cliOptions]?: string | boolean };

export interface CommandInput {
  ctx: ActionContext;
  db: Database;
  values: Values;
  /** Positionals after the command words, e.g. the user id of `user disable <id>`. */
  args: string[];
}

/** Throws a message for the CLI to print (exit code 2): the command line itself is wrong. */
export class UsageError extends Error {}

const str = (values: Values, key: keyof Values): string | undefined => {
  const value = values[key];
  return typeof value === 'string' ? value : undefined;
};

const need = (value: string | undefined, what: string): string => {
  if (value === undefined || value === '') throw new UsageError(`missing ${what}`);
  return value;
};

const clearable = (value: string | undefined) => (value === 'none' ? null : value);

const positiveInt = (value: string | undefined, what: string): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${what} must be a positive integer`);
  return n;
};

const ok = <T>(value: T): ActionResult<T> => ({ ok: true, value });

/** `'user create'` → what it does. Each answers what the CLI prints (as JSON with --json). */
export const commands: Record<string, (input: CommandInput) => ActionResult<unknown>> = {
  init: ({ ctx, values }) =>
    initFirstAdmin(ctx, {
      name: need(str(values, 'name'), '--name'),
      id: str(values, 'id'),
      email: str(values, 'email'),
    }),
  'user create': ({ ctx, values }) =>
    createUser(ctx, {
      name: need(str(values, 'name'), '--name'),
      role: roleSchema.parse(need(str(values, 'role'), '--role')),
      id: str(values, 'id'),
      email: str(values, 'email'),
      teamId: str(values, 'team'),
      site: str(values, 'site'),
      kind: values.service === true ? 'service' : 'person',
    }),
  'user list': ({ db }) => ok({ users: listUsers(db) }),
  'user disable': ({ ctx, args }) => changeUser(ctx, need(args[0], 'user id'), { disabled: true }),
  'user enable': ({ ctx, args }) => changeUser(ctx, need(args[0], 'user id'), { disabled: false }),
  'user set': ({ ctx, values, args }) => {
    const role = str(values, 'role');
    return changeUser(ctx, need(args[0], 'user id'), {
      name: str(values, 'name'),
      role: role === undefined ? undefined : roleSchema.parse(role),
      teamId: clearable(str(values, 'team')),
      site: clearable(str(values, 'site')),
    });
  },
  'team create': ({ ctx, values }) =>
    createTeam(ctx, {
      name: need(str(values, 'name'), '--name'),
      kind: teamKindSchema.parse(need(str(values, 'kind'), '--kind')),
      id: str(values, 'id'),
    }),
  'team list': ({ db }) => ok({ teams: listTeams(db) }),
  'token issue': ({ ctx, values, args }) => {
    const days = positiveInt(str(values, 'expires-in-days'), '--expires-in-days');
    const expiresAt =
      days === undefined
        ? undefined
        : new Date(ctx.now.getTime() + days * 86_400_000).toISOString();
    return issueToken(ctx, {
      userId: need(args[0], 'user id'),
      label: str(values, 'label'),
      expiresAt,
    });
  },
  'token list': ({ ctx, db, values }) =>
    ok({ tokens: listTokens(db, ctx.now, str(values, 'user')) }),
  'token revoke': ({ ctx, args }) => revokeToken(ctx, need(args[0], 'token id')),
  audit: ({ db, values }) =>
    ok({ entries: listAudit(db, { limit: positiveInt(str(values, 'limit'), '--limit') ?? 50 }) }),
  ...ssoCommands,
  ...webhookCommands,
};

/** The command named by the leading positionals: two words (`user create`) or one (`init`). */
export function findCommand(positionals: string[]): { name: string; args: string[] } | undefined {
  const two = positionals.slice(0, 2).join(' ');
  if (commands[two]) return { name: two, args: positionals.slice(2) };
  const one = positionals[0];
  if (one !== undefined && commands[one]) return { name: one, args: positionals.slice(1) };
  return undefined;
}
