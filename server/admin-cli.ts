import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { commands, findCommand, UsageError } from './admin/cli-commands';
import { formatAnswer } from './admin/cli-format';
import { cliOptions, USAGE } from './admin/cli-options';
import { summariseIssues } from './api/read-json';
import { openDatabase } from './db/open';

/**
 * `npm run admin -- --db <file> <command>`: users, teams, tokens and the audit log, run on the
 * API's machine against its database file (safe while the server runs: SQLite in WAL mode).
 * Exit codes: 0 done, 1 refused (conflict, not found), 2 wrong command line.
 */
function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: cliOptions, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = findCommand(positionals);
  if (values.help || !command) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (!values.db) {
    console.error('--db <file> is required: the case API database to manage.');
    return 2;
  }
  const db = openDatabase(values.db);
  try {
    const ctx = { db, actor: `cli:${userInfo().username}`, now: new Date() };
    const result = commands[command.name]!({ ctx, db, values, args: command.args });
    if (!result.ok) {
      console.error(`Refused (${result.problem}): ${result.message}`);
      return 1;
    }
    console.log(values.json ? JSON.stringify(result.value, null, 2) : formatAnswer(result.value));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else if (error instanceof ZodError) console.error(summariseIssues(error));
    else throw error;
    return 2;
  } finally {
    db.close();
  }
}

process.exitCode = main(process.argv.slice(2));
