import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { originPattern } from '../settings/schema';
import { readSecret } from '../settings/secrets';
import { readSettings } from '../settings/storage';
import { checkTransport, type TransportVerdict } from '../settings/transport-policy';
import { ssoTokenFor } from '../sso/session-store';
import { apiErrorSchema } from './schema';

/** Background only: the case API is called with the reviewer's token, never from a page. */

export type CaseApiProblem = 'not-configured' | 'unreachable' | 'unauthorized' | 'bad-response';

export class CaseApiError extends Error {
  constructor(
    readonly problem: CaseApiProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Under the service worker's 30 s limit on a fetch, with room to record the outcome. */
export const CASE_API_TIMEOUT_MS = 20_000;

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

export async function serverMessage(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = apiErrorSchema.safeParse(body);
  return parsed.success ? parsed.data.error.message : response.statusText;
}

/**
 * One authenticated request; answers the raw response so callers can map every status
 * themselves. Throws only when no request could be made or no answer came back.
 */
/** What every request needs, read once: a burst of requests should not reread it each time. */
export interface CaseApiSession {
  baseUrl: string;
  token?: string;
  permitted: boolean;
  /** Whether the address's scheme lets the token travel (`transport-policy.ts`). */
  transport: TransportVerdict;
  /** Why there is no token when a single sign-on session has ended: sign in again. */
  signInAgain?: string;
}

export async function openCaseApiSession(): Promise<CaseApiSession> {
  const { caseApiUrl } = await readSettings();
  const [bearer, sso, permitted, transport] = await Promise.all([
    readSecret('caseApiToken'),
    ssoTokenFor(caseApiUrl),
    browser.permissions.contains({ origins: [originPattern(caseApiUrl)] }),
    checkTransport(caseApiUrl, 'case API'),
  ]);
  // A live sign-on session is the reviewer's own; a typed token (service accounts, the demo)
  // is the fallback.
  const token = sso.state === 'active' ? sso.token : bearer;
  const signInAgain = sso.state === 'expired' ? sso.message : undefined;
  return { baseUrl: caseApiUrl, token, permitted, transport, signInAgain };
}

export async function caseApiFetch(
  path: string,
  init: {
    method?: string;
    body?: unknown;
    headers?: Record<string, string>;
    auth?: boolean;
    signal?: AbortSignal;
    session?: CaseApiSession;
  } = {},
): Promise<Response> {
  const session = init.session ?? (await openCaseApiSession());
  const { baseUrl: caseApiUrl, token, permitted, transport } = session;
  // Refused before anything is sent: decisions stay in the outbox until Options is fixed.
  if (!transport.ok) {
    throw new CaseApiError('not-configured', `${transport.message} ${transport.whatToDo}`);
  }
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  if (init.auth !== false) {
    if (!token) {
      throw new CaseApiError(
        'unauthorized',
        session.signInAgain ??
          'Not signed in: sign in with SSO, or add a sign-in token, in Caselight options.',
      );
    }
    headers.authorization = `Bearer ${token}`;
  }
  if (!permitted) {
    const message = `Caselight has no permission to reach ${caseApiUrl}: grant it in Caselight options.`;
    throw new CaseApiError('not-configured', message);
  }
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const signals = [AbortSignal.timeout(CASE_API_TIMEOUT_MS), ...(init.signal ? [init.signal] : [])];
  try {
    return await fetch(joinUrl(caseApiUrl, path), {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.any(signals),
      credentials: 'omit',
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new CaseApiError(
      'unreachable',
      timedOut
        ? `The case API at ${caseApiUrl} did not answer within ${CASE_API_TIMEOUT_MS / 1000} s.`
        : `The case API at ${caseApiUrl} cannot be reached (is it running, and is the address right?).`,
    );
  }
}

export async function caseApiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  options: { auth?: boolean; signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  const response = await caseApiFetch(path, options);
  if (response.status === 401 || response.status === 403) {
    throw new CaseApiError(
      'unauthorized',
      `The case API refused the sign-in token: ${await serverMessage(response)}`,
    );
  }
  if (!response.ok) {
    throw new CaseApiError(
      'bad-response',
      `The case API answered ${response.status}: ${await serverMessage(response)}`,
    );
  }
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new CaseApiError(
      'bad-response',
      `The case API answered ${path} with data Caselight does not understand.`,
    );
  }
  return parsed.data;
}
