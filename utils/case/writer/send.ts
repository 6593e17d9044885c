import { retryAfterMs } from '../../http/retry-after';
import { consoleMessage } from './console-answer';
import { authFor, type WriterSecret } from './credentials';
import { parsePath, readPath } from './json-path';
import type { RenderedRequest } from './render';
import type { Writer, WriterRequest } from './schema';
import { renderText, type TemplateValues } from './template';

/** One request of a writer on the wire, and how each kind of answer ends an attempt. */

/** Under the service worker's 30 s fetch limit, like the case API's. */
export const WRITER_TIMEOUT_MS = 20_000;

export interface Sent {
  status: number;
  headers: Headers;
  text: string;
}

export type StopKind = 'retry' | 'failed' | 'needs-sign-in';

/**
 * Ends an attempt. `mayHaveLanded`: the request may have taken effect though we got no
 * success back (no answer, a timeout, a 5xx), so the next attempt looks before re-sending.
 */
export class Stop extends Error {
  constructor(
    readonly kind: StopKind,
    message: string,
    readonly details: { status?: number; serverWaitMs?: number; mayHaveLanded?: boolean } = {},
  ) {
    super(message);
  }
}

export interface SendContext {
  writer: Writer;
  secret?: WriterSecret;
  /** Waits for the writer's pace; answers a wait in ms when it is too long to hold the lease. */
  pace?: () => Promise<number | undefined>;
  fetch?: typeof fetch;
}

/** Answers of cacheable GETs (`cacheSeconds`), by writer and URL; this worker's memory only. */
const cache = new Map<string, { until: number; sent: Sent }>();

/** Sends, or answers from the cache for a GET the writer allows to be cached. */
export async function sendCached(
  context: SendContext,
  rendered: RenderedRequest,
  cacheSeconds: number | undefined,
): Promise<Sent> {
  if (!cacheSeconds) return send(context, rendered);
  const key = `${context.writer.id} ${context.writer.baseUrl} ${rendered.url}`;
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.sent;
  const sent = await send(context, rendered);
  if (sent.status >= 200 && sent.status < 300)
    cache.set(key, { until: Date.now() + cacheSeconds * 1000, sent });
  return sent;
}

export async function send(context: SendContext, rendered: RenderedRequest): Promise<Sent> {
  const { writer } = context;
  const auth = authFor(writer, context.secret);
  if (!auth.ok) throw new Stop('needs-sign-in', auth.message);
  if (new URL(rendered.url).origin !== new URL(writer.baseUrl).origin)
    throw new Stop('failed', `Refused to send to ${rendered.url}: not ${writer.baseUrl}.`, {
      status: 0,
    });
  const wait = await context.pace?.();
  if (wait !== undefined)
    throw new Stop(
      'retry',
      `Pacing requests to ${writer.name}; next try in ${Math.ceil(wait / 1000)} s.`,
      { serverWaitMs: wait },
    );
  try {
    const response = await (context.fetch ?? fetch)(rendered.url, {
      method: rendered.method,
      headers: { ...rendered.headers, ...auth.headers },
      body: rendered.body,
      credentials: auth.credentials,
      signal: AbortSignal.timeout(WRITER_TIMEOUT_MS),
      // A redirect would take the credentials to wherever the console points.
      redirect: 'error',
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    const message = timedOut
      ? `${writer.name} did not answer within ${WRITER_TIMEOUT_MS / 1000} s; retrying.`
      : `${writer.name} at ${writer.baseUrl} cannot be reached; retrying.`;
    throw new Stop('retry', message, { mayHaveLanded: true });
  }
}

export const isOk = (request: WriterRequest, status: number) =>
  request.ok ? request.ok.includes(status) : status >= 200 && status < 300;

/** Maps a refusal to what happens next, in the console's own words. */
export function refusal(writer: Writer, rendered: RenderedRequest, sent: Sent): Stop {
  const said = consoleMessage(sent.text);
  const where = `${writer.name} answered ${sent.status} to ${rendered.method} ${new URL(rendered.url).pathname}`;
  const { status } = sent;
  // Not an HTTP status at all: Chromium reads a reply cut off in its status line ("HTTP/1.1 2")
  // as status 2. Nothing is known, so it is retried, looking first (seen in the fault test).
  if (status < 200 || status > 599) {
    const message = `${writer.name} sent an answer Caselight cannot read (status ${status}) to ${rendered.method} ${new URL(rendered.url).pathname}; retrying.`;
    return new Stop('retry', message, { status, mayHaveLanded: true });
  }
  if (status === 401 || status === 403) {
    const hint =
      writer.auth.kind === 'session'
        ? `sign in to ${writer.name} in this browser`
        : `check the credentials of "${writer.name}" on the Writers page`;
    const message = `${where}${said ? ` (${said})` : ''}: ${hint}. The write-back is kept and sent once you do.`;
    return new Stop('needs-sign-in', message, { status });
  }
  if (status === 429 || status >= 500 || status === 408) {
    return new Stop('retry', `${where}${said ? `: ${said}` : ''}; retrying.`, {
      status,
      serverWaitMs: retryAfterMs(sent.headers),
      mayHaveLanded: status !== 429,
    });
  }
  const gone = status === 404 ? ' (the ticket may be gone)' : '';
  const reason = said ?? 'no reason given';
  const stop = /[.!?]$/.test(reason) ? '' : '.';
  return new Stop('failed', `${where}${gone}: ${reason}${stop}`, { status });
}

/** The values a request captures from its answer; a missing one that is not optional ends the attempt. */
export function capturesOf(request: WriterRequest, sent: Sent, values: TemplateValues) {
  const captured: Record<string, unknown> = {};
  let body: unknown;
  try {
    body = sent.text ? JSON.parse(sent.text) : undefined;
  } catch {
    body = undefined;
  }
  for (const [name, capture] of Object.entries(request.capture ?? {})) {
    const { path, optional } =
      typeof capture === 'string' ? { path: capture, optional: false } : capture;
    const value = path.startsWith('header:')
      ? (sent.headers.get(path.slice(7)) ?? undefined)
      : readPath(body, parsePath(path), values);
    if (value === undefined && !optional) {
      const rendered = path.includes('{{') ? ` (with ${renderText(path, values)})` : '';
      const message = `The answer to "${request.name}" has nothing at ${path}${rendered}: check the writer against this console.`;
      throw new Stop('failed', message, { status: sent.status });
    }
    captured[`${request.name}.${name}`] = value;
  }
  return captured;
}
