/**
 * How long a server asked us to wait, from `retry-after-ms` (milliseconds, OpenAI's) or
 * `Retry-After` (seconds or an HTTP date). Undefined when absent or unreadable; never negative.
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number.parseFloat(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Exponential backoff with full jitter (AWS architecture blog's "full jitter"), floored by
 * what the server asked for, so a queue of retries spreads out instead of stampeding.
 */
export function backoffMs(
  attempt: number,
  options: { baseMs?: number; capMs?: number; serverMs?: number; random?: () => number } = {},
): number {
  const { baseMs = 1000, capMs = 5 * 60_000, serverMs, random = Math.random } = options;
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  if (serverMs === undefined) return random() * ceiling;
  // Honour the server's wait, then spread out by up to a second so retries do not all land at once.
  return serverMs + random() * Math.min(ceiling, 1000);
}
