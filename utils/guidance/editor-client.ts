import type { z } from 'zod';
import {
  CaseApiError,
  caseApiFetch,
  openCaseApiSession,
  serverMessage,
  type CaseApiSession,
} from '../case-api/client';
import type { EditorFailure } from './editor-messages';

/**
 * Background only: the guidance editor's calls to the case API, at the configured address and
 * fixed paths (a message chooses none of the URL). The token is the configured one unless the
 * editor page supplied its own for this page; either way the case API decides what it may do.
 */

export type EditorResult<T> = { ok: true; value: T } | EditorFailure;

export async function editorSession(token?: string): Promise<CaseApiSession> {
  const session = await openCaseApiSession();
  return token ? { ...session, token } : session;
}

export function failure(error: unknown): EditorFailure {
  if (error instanceof CaseApiError)
    return { ok: false, problem: error.problem, message: error.message };
  throw error;
}

/** The failure for a non-2xx answer, with the case API's own reason. */
export async function failureOf(response: Response): Promise<EditorFailure> {
  const reason = await serverMessage(response);
  if (response.status === 401) {
    return {
      ok: false,
      problem: 'unauthorized',
      message: `The case API refused the token: ${reason}`,
    };
  }
  if (response.status === 403) return { ok: false, problem: 'forbidden', message: reason };
  return {
    ok: false,
    problem: 'bad-response',
    message: `The case API answered ${response.status}: ${reason}`,
  };
}

export async function editorGet<S extends z.ZodType>(
  session: CaseApiSession,
  path: string,
  schema: S,
): Promise<EditorResult<z.infer<S>>> {
  return editorCall(session, path, schema);
}

/** A write at a fixed path; a refusal (400, 404, 422…) carries the case API's reason. */
export async function editorSend<S extends z.ZodType>(
  session: CaseApiSession,
  request: { method: 'POST' | 'PUT' | 'PATCH'; path: string; body: unknown },
  schema: S,
): Promise<EditorResult<z.infer<S>>> {
  return editorCall(session, request.path, schema, request);
}

async function editorCall<S extends z.ZodType>(
  session: CaseApiSession,
  path: string,
  schema: S,
  init: { method?: string; body?: unknown } = {},
): Promise<EditorResult<z.infer<S>>> {
  let response: Response;
  try {
    response = await caseApiFetch(path, { ...init, session });
  } catch (error) {
    return failure(error);
  }
  if (!response.ok) return failureOf(response);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    return {
      ok: false,
      problem: 'bad-response',
      message: `The case API answered ${path} with data Caselight does not understand.`,
    };
  }
  return { ok: true, value: parsed.data };
}
