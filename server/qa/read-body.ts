import type { Context } from 'hono';
import type { z } from 'zod';
import { readJsonBody, summariseIssues } from '../api/read-json';
import { sendError } from '../api/respond';

/** The body parsed by `schema`, or the 400/422 answer to send instead. */
export async function readBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<{ ok: true; value: z.infer<S> } | { ok: false; answer: Response }> {
  const body = await readJsonBody(c);
  if (!body.ok) {
    return { ok: false, answer: sendError(c, 400, 'invalid_json', 'The body is not JSON.') };
  }
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    return { ok: false, answer: sendError(c, 422, 'invalid', summariseIssues(parsed.error)) };
  }
  return { ok: true, value: parsed.data };
}
