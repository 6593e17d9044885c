import type { Context } from 'hono';
import type { z } from 'zod';

export type JsonBody = { ok: true; value: unknown } | { ok: false };

/** The request body parsed as JSON, or `ok: false` when it is not JSON at all. */
export async function readJsonBody(c: Context): Promise<JsonBody> {
  const text = await c.req.text();
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Zod issues as one readable line for an error message: `path: problem; path: problem`. */
export function summariseIssues(error: z.ZodError, max = 8): string {
  const lines = error.issues
    .slice(0, max)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  const more = error.issues.length - max;
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ');
}
