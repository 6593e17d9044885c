import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { apiErrorSchema } from '../../utils/case-api/schema';

/**
 * Every JSON answer goes through its shared zod schema before it leaves, so the server cannot
 * drift from the contract the extension validates against: a mismatch becomes a loud 500
 * here (and a failing test) rather than a confusing rejection in the extension.
 */
export function sendJson<S extends z.ZodType>(
  c: Context,
  schema: S,
  body: z.input<S>,
  status: ContentfulStatusCode = 200,
): Response {
  return c.json(schema.parse(body), status);
}

export function sendError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
): Response {
  return sendJson(c, apiErrorSchema, { error: { code, message } }, status);
}

/**
 * The exact JSON text `sendJson` would send, checked against its schema. Used where the text
 * itself must be kept (idempotent replays answer byte for byte what the first request got).
 */
export function encodeJson<S extends z.ZodType>(schema: S, body: z.input<S>): string {
  return JSON.stringify(schema.parse(body));
}

/** Sends JSON text made by `encodeJson` (never anything else, so it is schema-checked). */
export function sendEncodedJson(
  c: Context,
  text: string,
  status: ContentfulStatusCode,
  headers: Record<string, string> = {},
): Response {
  return c.body(text, status, { ...headers, 'Content-Type': 'application/json' });
}
