import { z } from 'zod';

/** `GET /healthz`: the process is up. `pid` tells instances apart behind one port. */
export const livenessSchema = z.object({ ok: z.literal(true), pid: z.number().int() });

/**
 * `GET /readyz`: whether this instance should get traffic. `checks` says which condition
 * failed, so an operator reading a 503 knows whether it is the database or a shutdown.
 */
export const readinessSchema = z.object({
  ready: z.boolean(),
  pid: z.number().int(),
  checks: z.object({
    database: z.boolean(),
    migrations: z.boolean(),
    draining: z.boolean(),
  }),
});
export type Readiness = z.infer<typeof readinessSchema>;
