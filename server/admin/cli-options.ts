import type { ParseArgsConfig } from 'node:util';

/** Every option any admin command takes; each command reads the ones it needs. */
export const cliOptions = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  id: { type: 'string' },
  name: { type: 'string' },
  email: { type: 'string' },
  role: { type: 'string' },
  team: { type: 'string' },
  site: { type: 'string' },
  kind: { type: 'string' },
  service: { type: 'boolean', default: false },
  label: { type: 'string' },
  'expires-in-days': { type: 'string' },
  user: { type: 'string' },
  limit: { type: 'string' },
  url: { type: 'string' },
  secret: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const USAGE = `Usage: npm run admin -- --db <file> <command> [options]   (add --json for JSON output)

  init --name <name> [--id <id>] [--email <email>]
      the first admin of a new database; prints its token once
  user create --name <name> --role <role> [--id] [--email] [--team <team id>] [--site] [--service]
      roles: reviewer, policy-lead, trainer, qa-reviewer, vendor-manager, admin; --service: a service account
  user list
  user disable <user id>         every token of the user stops working at once (never the
                                 last enabled admin)
  user enable <user id>
  user set <user id> [--name] [--role] [--team <id>|none] [--site <site>|none]
  team create --name <name> --kind in-house|vendor [--id <id>]
  team list
  token issue <user id> [--label <text>] [--expires-in-days <n>]
      prints the token once; only its hash is stored
  token list [--user <user id>]
  token revoke <token id>
  audit [--limit <n>]            newest first
  sso map <group> [--role <role>] [--team <team id>]
      people in this provider group sign in with that role and/or team
  sso unmap <group>
  sso groups                     the group mappings
  webhook add --url <https url> --secret <at least 24 characters>
      where escalation events go, signed with the secret (never printed back)
  webhook list
  webhook remove <webhook id>    what it still owed is cancelled

Every change is written to the audit log as cli:<your OS user>.`;
