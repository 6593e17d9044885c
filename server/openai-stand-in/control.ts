import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import type { StandInContext } from './context';
import { fromZodError, invalidUrl, StandInError } from './errors';
import { faultsBody } from './faults';
import { sendJson } from './http-io';

const latencyBody = z.object({ ms: z.number().nonnegative() });

/**
 * Control routes for driving the stand-in from another process (e2e harness, demo script).
 * They bypass auth, faults and latency, and are not recorded, so they never disturb a test.
 */
export function handleControl(
  ctx: StandInContext,
  method: string,
  path: string,
  body: unknown,
  res: ServerResponse,
): void {
  try {
    if (method === 'POST' && path === '/_stand-in/faults') {
      const parsed = faultsBody.safeParse(body);
      if (!parsed.success) throw fromZodError(parsed.error, body);
      ctx.faults.set({ ...parsed.data, count: parsed.data.count ?? Infinity });
      return sendJson(res, 200, { ok: true, faults: jsonSafe(ctx.faults.current()) });
    }
    if (method === 'POST' && path === '/_stand-in/latency') {
      const parsed = latencyBody.safeParse(body);
      if (!parsed.success) throw fromZodError(parsed.error, body);
      ctx.latencyMs = parsed.data.ms;
      return sendJson(res, 200, { ok: true, latencyMs: ctx.latencyMs });
    }
    if (method === 'GET' && path === '/_stand-in/requests') {
      return sendJson(res, 200, { requests: ctx.requests });
    }
    if (method === 'DELETE' && path === '/_stand-in/requests') {
      ctx.requests.length = 0;
      return sendJson(res, 200, { ok: true });
    }
    throw invalidUrl(method, path);
  } catch (err) {
    if (!(err instanceof StandInError)) throw err;
    sendJson(res, err.status, err.body, err.headers);
  }
}

/** Infinity would serialise as null; say so explicitly. */
function jsonSafe(f: { mode: string; count?: number; retryAfterSeconds?: number }): object {
  return { ...f, count: f.count === Infinity ? 'until-reset' : f.count };
}
