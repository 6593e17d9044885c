import type { Decision } from '../../decisions/schema';
import { retryAfterMs } from '../../http/retry-after';
import { consoleMessage } from './console-answer';
import { authFor, type WriterSecret } from './credentials';
import { parsePath, readPath } from './json-path';
import {
  planFor,
  renderRequest,
  valuesFor,
  type RenderedRequest,
  type WritebackContext,
} from './render';
import type { Writer, WriterRequest } from './schema';
import { renderText, type TemplateValues } from './template';

/**
 * Sends one decision's write-back: the writer's requests in order, each answer checked and
 * its captures kept, progress handed back after every request so that a retry resumes where
 * the last one stopped instead of posting a note twice. Background only.
 */

/** Under the service worker's 30 s fetch limit, like the case API's. */
export const WRITER_TIMEOUT_MS = 20_000;

export interface WritebackProgress {
  /** Index of the next request to send. */
  next: number;
  /** `<request>.<capture>` → value, from the requests already sent. */
  captured: Record<string, unknown>;
}

export type WritebackOutcome =
  | { kind: 'delivered'; result: string; progress: WritebackProgress }
  | { kind: 'skipped'; result: string }
  | {
      kind: 'retry';
      message: string;
      status?: number;
      serverWaitMs?: number;
      uncertain: boolean;
      progress: WritebackProgress;
    }
  | { kind: 'failed'; message: string; status: number; progress: WritebackProgress }
  | { kind: 'needs-sign-in'; message: string; status?: number; progress: WritebackProgress };

export interface RunWriteback {
  writer: Writer;
  decision: Decision;
  context: WritebackContext;
  progress: WritebackProgress;
  /** An earlier attempt may have landed a request without our knowing: look before sending. */
  uncertain: boolean;
  secret?: WriterSecret;
  /** Waits for the writer's pace; answers a wait in ms when it is too long to hold the lease. */
  pace?: () => Promise<number | undefined>;
  onProgress?: (progress: WritebackProgress) => Promise<void>;
  fetch?: typeof fetch;
}

interface Sent {
  status: number;
  headers: Headers;
  text: string;
}

class Stop extends Error {
  constructor(readonly outcome: (progress: WritebackProgress) => WritebackOutcome) {
    super('stop');
  }
}

function capturesOf(request: WriterRequest, sent: Sent, values: TemplateValues) {
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
    if (value === undefined && !optional)
      throw new Stop((progress) => ({
        kind: 'failed',
        status: sent.status,
        progress,
        message: `The answer to "${request.name}" has nothing at ${path}${path.includes('{{') ? ` (with ${renderText(path, values)})` : ''}: check the writer against this console.`,
      }));
    captured[`${request.name}.${name}`] = value;
  }
  return captured;
}

/** Maps a refusal to what happens next, in the console's own words. */
function refusal(writer: Writer, rendered: RenderedRequest, sent: Sent) {
  const said = consoleMessage(sent.text);
  const where = `${writer.name} answered ${sent.status} to ${rendered.method} ${new URL(rendered.url).pathname}`;
  const { status } = sent;
  if (status === 401 || status === 403) {
    const hint =
      writer.auth.kind === 'session'
        ? `sign in to ${writer.name} in this browser`
        : `check the credentials of "${writer.name}" on the Writers page`;
    return new Stop((progress) => ({
      kind: 'needs-sign-in',
      status,
      progress,
      message: `${where}${said ? ` (${said})` : ''}: ${hint}. The write-back is kept and sent once you do.`,
    }));
  }
  if (status === 429 || status >= 500 || status === 408) {
    return new Stop((progress) => ({
      kind: 'retry',
      status,
      progress,
      serverWaitMs: retryAfterMs(sent.headers),
      uncertain: status >= 500 || status === 408,
      message: `${where}${said ? `: ${said}` : ''}; retrying.`,
    }));
  }
  const gone = status === 404 ? ' (the ticket may be gone)' : '';
  return new Stop((progress) => ({
    kind: 'failed',
    status,
    progress,
    message: `${where}${gone}: ${said ?? 'no reason given'}.`,
  }));
}

async function send(input: RunWriteback, rendered: RenderedRequest): Promise<Sent> {
  const auth = authFor(input.writer, input.secret);
  if (!auth.ok)
    throw new Stop((progress) => ({ kind: 'needs-sign-in', message: auth.message, progress }));
  if (new URL(rendered.url).origin !== new URL(input.writer.baseUrl).origin)
    throw new Stop((progress) => ({
      kind: 'failed',
      status: 0,
      progress,
      message: `Refused to send to ${rendered.url}: not ${input.writer.baseUrl}.`,
    }));
  const wait = await input.pace?.();
  if (wait !== undefined)
    throw new Stop((progress) => ({
      kind: 'retry',
      progress,
      serverWaitMs: wait,
      uncertain: false,
      message: `Pacing requests to ${input.writer.name}; next try in ${Math.ceil(wait / 1000)} s.`,
    }));
  try {
    const response = await (input.fetch ?? fetch)(rendered.url, {
      method: rendered.method,
      headers: { ...rendered.headers, ...auth.headers },
      body: rendered.body,
      credentials: auth.credentials,
      signal: AbortSignal.timeout(WRITER_TIMEOUT_MS),
      redirect: 'error',
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new Stop((progress) => ({
      kind: 'retry',
      progress,
      uncertain: true,
      message: timedOut
        ? `${input.writer.name} did not answer within ${WRITER_TIMEOUT_MS / 1000} s; retrying.`
        : `${input.writer.name} at ${input.writer.baseUrl} cannot be reached; retrying.`,
    }));
  }
}

const isOk = (request: WriterRequest, status: number) =>
  request.ok ? request.ok.includes(status) : status >= 200 && status < 300;

async function lookUp(input: RunWriteback, values: TemplateValues): Promise<unknown> {
  const guard = input.writer.replayGuard;
  if (guard.kind !== 'lookup') return undefined;
  const rendered = renderRequest(input.writer, guard.request, values);
  const sent = await send(input, rendered);
  if (!isOk(guard.request, sent.status)) throw refusal(input.writer, rendered, sent);
  return capturesOf(
    { ...guard.request, name: 'guard', capture: { found: { path: guard.found, optional: true } } },
    sent,
    values,
  )['guard.found'];
}

export async function runWriteback(input: RunWriteback): Promise<WritebackOutcome> {
  const { writer, decision } = input;
  const plan = planFor(writer, decision);
  if (!plan) return { kind: 'skipped', result: 'nothing to write for a reversal' };
  let progress: WritebackProgress = {
    next: input.progress.next,
    captured: { ...input.progress.captured },
  };
  const values = (): TemplateValues => {
    const all: Record<string, unknown> = valuesFor(writer, decision, input.context, plan.vars);
    for (const [key, value] of Object.entries(progress.captured))
      all[key === 'guard.found' ? key : `steps.${key}`] = value;
    return all as TemplateValues;
  };
  const advance = async (next: number, captured: Record<string, unknown>) => {
    progress = { next, captured: { ...progress.captured, ...captured } };
    await input.onProgress?.(progress);
  };
  try {
    const guard = writer.replayGuard;
    const protectedAt =
      guard.kind === 'lookup' ? plan.requests.findIndex((r) => r.name === guard.protects) : -1;
    let found: unknown;
    if (input.uncertain && protectedAt >= progress.next) {
      found = await lookUp(input, values());
      if (found !== undefined) await advance(protectedAt + 1, { 'guard.found': found });
    }
    for (let index = progress.next; index < plan.requests.length; index++) {
      const request = plan.requests[index]!;
      if (request.skipUnless !== undefined && !renderText(request.skipUnless, values()).trim()) {
        await advance(index + 1, {});
        continue;
      }
      const rendered = renderRequest(writer, request, values());
      if (guard.kind === 'idempotency-key')
        rendered.headers[guard.header.toLowerCase()] = `${decision.id}:${request.name}`;
      const sent = await send(input, rendered);
      if (!isOk(request, sent.status)) throw refusal(writer, rendered, sent);
      await advance(index + 1, capturesOf(request, sent, values()));
    }
    if (
      guard.kind === 'lookup' &&
      guard.confirm &&
      progress.captured['guard.found'] === undefined
    ) {
      found = await lookUp(input, values());
      if (found !== undefined)
        progress = { ...progress, captured: { ...progress.captured, 'guard.found': found } };
    }
    const result = writer.result ? renderText(writer.result, values()) : 'written';
    const unconfirmed =
      guard.kind === 'lookup' && guard.confirm && progress.captured['guard.found'] === undefined;
    return {
      kind: 'delivered',
      progress,
      result: unconfirmed ? `${result} (sent, but the look-up did not find it)` : result,
    };
  } catch (error) {
    if (error instanceof Stop) return error.outcome(progress);
    throw error;
  }
}
