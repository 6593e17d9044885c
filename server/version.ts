import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** What `GET /api/health` reports: the service name is fixed, the version is the package's. */
export const SERVICE_NAME = 'caselight-reference-api';

export const SERVICE_VERSION = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))).version;

/** The adapter id every case served by the demo console carries (`Case.console`). */
export const DEMO_CONSOLE_ID = 'demo-console';
