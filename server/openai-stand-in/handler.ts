import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StandInContext } from './context';
import { handleControl } from './control';
import {
  invalidApiKey,
  invalidRequest,
  invalidUrl,
  rateLimited,
  serverError,
  StandInError,
} from './errors';
import {
  BodyTooLarge,
  delay,
  flattenHeaders,
  parseJson,
  readBody,
  sendJson,
  sendPreflight,
  sendRaw,
} from './http-io';
import { applyAnswerFault } from './answer-faults';
import { dispatch } from './routes';

const MAX_RECORDED = 1000;

/** Valid JSON up to the cut, then nothing: what a proxy dropping the connection mid-body leaves. */
const MALFORMED_BODY =
  '{"id":"stand-in-malformed","object":"chat.completion","choices":[{"index":0,"mess';

/**
 * One request, in the order a real API gateway would apply things: record, authenticate, take a
 * fault, wait the configured latency, then answer.
 */
export async function handleRequest(
  ctx: StandInContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://stand-in.local');
  const path = url.pathname;
  if (method === 'OPTIONS') return sendPreflight(res);

  let raw: Buffer;
  try {
    raw = await readBody(req);
  } catch (err) {
    if (!(err instanceof BodyTooLarge)) throw err;
    const tooLarge = invalidRequest('Request body too large for the stand-in (32 MB).');
    return sendJson(res, 413, tooLarge.body);
  }
  const parsed = parseJson(raw);
  const body = parsed.ok ? parsed.value : undefined;

  if (path.startsWith('/_stand-in/')) return handleControl(ctx, method, path, body, res);

  const headers = flattenHeaders(req);
  ctx.requests.push({ method, path, query: url.search, headers, body, receivedAt: Date.now() });
  // A long demo session would otherwise keep every base64 image ever sent in memory.
  if (ctx.requests.length > MAX_RECORDED)
    ctx.requests.splice(0, ctx.requests.length - MAX_RECORDED);

  const authError = checkAuth(ctx.apiKey, headers.authorization);
  const fault = authError ? undefined : ctx.faults.take();
  // Timeout: accept and never answer; close() destroys the socket.
  if (fault?.mode === 'timeout') return;
  if (!(await delay(ctx.latencyMs, ctx.signal))) return;

  try {
    if (authError) throw authError;
    if (fault?.mode === 'rate-limit') throw rateLimited(fault.retryAfterSeconds);
    if (fault?.mode === 'server-error') throw serverError();
    if (fault?.mode === 'malformed') return sendRaw(res, 200, MALFORMED_BODY);
    if (!path.startsWith('/v1/')) throw invalidUrl(method, path);
    if (!parsed.ok) {
      throw invalidRequest(
        'We could not parse the JSON body of your request. The OpenAI API expects a JSON payload.',
      );
    }
    const answer = dispatch(method, path, body);
    const inAnswer = fault?.mode === 'refusal' || fault?.mode === 'off-schema';
    sendJson(res, 200, inAnswer ? applyAnswerFault(answer, fault.mode) : answer);
  } catch (err) {
    const failure = err instanceof StandInError ? err : serverError();
    if (!(err instanceof StandInError)) console.error('[openai-stand-in]', err);
    sendJson(res, failure.status, failure.body, failure.headers);
  }
}

function checkAuth(
  apiKey: string | undefined,
  header: string | undefined,
): StandInError | undefined {
  if (apiKey === undefined) return undefined;
  const provided = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim();
  return provided === apiKey ? undefined : invalidApiKey(provided);
}
