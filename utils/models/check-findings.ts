import { APIConnectionTimeoutError, APIError } from 'openai';
import type { CheckFinding, CheckKind } from '../status/schema';
import { toModelProblem } from './errors';
import type { NetworkKind } from './network-diagnosis';

/**
 * One line per cause for the options page's connection test: what failed, then what to do.
 * HTTP answers reuse the panel's wording (`errors.ts`) so both places say the same thing.
 */

const hostOf = (url: string) => new URL(url).host;
const originOf = (url: string) => new URL(url).origin;

export function networkFinding(kind: NetworkKind, baseUrl: string, detail?: string): CheckFinding {
  const host = hostOf(baseUrl);
  const why = detail ? ` (${detail})` : '';
  const lines: Record<NetworkKind, Omit<CheckFinding, 'kind'>> = {
    dns: {
      message: `The name ${new URL(baseUrl).hostname} does not resolve (DNS)${why}.`,
      whatToDo:
        'Check the spelling of the model server address; on a company network, connect the VPN.',
    },
    refused: {
      message: `${host} refused the connection: nothing accepts connections there${why}.`,
      whatToDo: 'Check the port and that the server (or local Ollama / vLLM) is running.',
    },
    tls: {
      message: `The secure connection (TLS) to ${host} failed${why}.`,
      whatToDo:
        'The certificate may be self-signed, expired or for another name: install your company CA, or use http:// only for a server on this machine.',
    },
    unreachable: {
      message: `Cannot connect to ${host}: the name did not resolve, the connection was refused or TLS failed (the browser does not say which)${why}.`,
      whatToDo: `Open ${baseUrl}/models in a tab: the browser's error page names the cause. Then fix the address, network or certificate.`,
    },
    cors: {
      message: `${originOf(baseUrl)} answered, but the browser did not let Caselight read the answer (CORS, or site access was withdrawn).`,
      whatToDo:
        'Press “Save and check” and allow access, or in the browser’s extension settings give Caselight access to this site.',
    },
  };
  return { kind, ...lines[kind] };
}

export function malformedFinding(baseUrl: string, what: string): CheckFinding {
  return {
    kind: 'malformed',
    message: `${hostOf(baseUrl)} answered, but ${what}.`,
    whatToDo:
      'Check the base URL (it usually ends in /v1) and that the server is OpenAI-compatible; a proxy may be cutting answers short.',
  };
}

const PROBLEM_KINDS: Partial<Record<string, CheckKind>> = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  'model-not-found': 'model-not-found',
  'not-found': 'not-found',
  'rate-limited': 'rate-limited',
  quota: 'quota',
  'server-error': 'server-error',
  timeout: 'timeout',
  malformed: 'malformed',
  'off-schema': 'malformed',
};

/** An SDK error with an HTTP status, a timeout or an unparsable body, as a finding. */
export function httpFinding(
  error: unknown,
  ctx: { baseUrl: string; model: string; source: 'moderation' | 'policy-llm'; timeoutMs: number },
): CheckFinding {
  const problem = toModelProblem(error, ctx);
  const kind = PROBLEM_KINDS[problem.kind] ?? 'unknown';
  if (error instanceof APIError && kind === 'unauthorized' && error.status === 401) {
    return {
      kind,
      message: `${hostOf(ctx.baseUrl)} refused the saved key or token (401 wrong key).`,
      whatToDo:
        'Press Replace under “Model API key or proxy token”, paste the right one, and save.',
    };
  }
  const message =
    error instanceof APIConnectionTimeoutError
      ? `${hostOf(ctx.baseUrl)} did not answer within ${Math.round(ctx.timeoutMs / 1000)} s (timeout).`
      : problem.message;
  return { kind, message, whatToDo: problem.whatToDo };
}
