import { parseArgs } from 'node:util';
import { readInstanceOptions } from './instances/cli-options';
import { serve } from './instances/serve';
import { readOidcOptions } from './oidc/cli-options';
import { preReviewModelFromEnv } from './prereview/config';

/**
 * CLI: `tsx server/main.ts [--port 4317] [--db ./caselight.db] [--host 127.0.0.1] [--demo]
 * [--instances 1] [--shutdown-grace-ms 10000] [--drain-delay-ms 0]
 * [--hosted-consoles demo-console,classic-console] [--strict-cases] [--keep-case-text
 * [--case-text-retention-days 30]] [--oidc-issuer <url> --oidc-client-id <id>
 * [--oidc-groups-claim groups] [--oidc-session-hours 8]] [--qa-sample-every-minutes 15]`. Starts the reference case API (with `--demo`, also the
 * demo and classic consoles) and prints where to find them. Without `--demo` it seeds nothing: accounts come from
 * the admin CLI (`npm run admin`). The case settings are the team's: see server/README.md.
 * With `--instances N` (N > 1) N worker processes share the port: see "Running several instances".
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4317' },
    db: { type: 'string', default: ':memory:' },
    host: { type: 'string', default: '127.0.0.1' },
    'hosted-consoles': { type: 'string' },
    'strict-cases': { type: 'boolean', default: false },
    'keep-case-text': { type: 'boolean', default: false },
    'case-text-retention-days': { type: 'string', default: '30' },
    demo: { type: 'boolean', default: false },
    instances: { type: 'string', default: '1' },
    'shutdown-grace-ms': { type: 'string', default: '10000' },
    'drain-delay-ms': { type: 'string', default: '0' },
    'oidc-issuer': { type: 'string' },
    'oidc-client-id': { type: 'string' },
    'oidc-groups-claim': { type: 'string', default: 'groups' },
    'oidc-session-hours': { type: 'string', default: '8' },
    'qa-sample-every-minutes': { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port ${values.port}`);
  process.exit(2);
}

const retentionDays = Number(values['case-text-retention-days']);
if (!Number.isInteger(retentionDays) || retentionDays <= 0) {
  console.error(`Invalid --case-text-retention-days ${values['case-text-retention-days']}`);
  process.exit(2);
}
const sampleMinutes = values['qa-sample-every-minutes'];
const qaSampleEveryMs = sampleMinutes === undefined ? undefined : Number(sampleMinutes) * 60_000;
if (qaSampleEveryMs !== undefined && !(qaSampleEveryMs >= 60_000)) {
  console.error(`Invalid --qa-sample-every-minutes ${sampleMinutes} (at least 1)`);
  process.exit(2);
}
const oidc = readOidcOptions(values);
const { instances, shutdownGraceMs, drainDelayMs } = readInstanceOptions(values, values.db);

// From the environment, not a flag: a key on the command line shows in `ps`.
const preReview = preReviewModelFromEnv(process.env);
await serve({
  port,
  host: values.host,
  dbPath: values.db,
  demo: values.demo,
  hostedConsoles: values['hosted-consoles']
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean),
  strictCases: values['strict-cases'],
  keepCaseText: values['keep-case-text'],
  caseTextRetentionDays: retentionDays,
  oidc,
  preReview,
  qaSampleEveryMs,
  instances,
  shutdownGraceMs,
  drainDelayMs,
});
