import type { Writer } from './schema';

/**
 * A writer's credentials as the background holds them: bound to the origin they were saved
 * for, so a definition edited to point elsewhere can never take them along.
 */
export type WriterSecret =
  | { kind: 'token'; token: string; origin: string }
  | { kind: 'basic'; username: string; password: string; origin: string };

export type AuthResult =
  | { ok: true; headers: Record<string, string>; credentials: RequestCredentials }
  | { ok: false; message: string };

const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** The headers (and cookie mode) a request of this writer carries, or why none can be sent. */
export function authFor(writer: Writer, secret: WriterSecret | undefined): AuthResult {
  const { auth } = writer;
  if (auth.kind === 'none') return { ok: true, headers: {}, credentials: 'omit' };
  if (auth.kind === 'session') return { ok: true, headers: {}, credentials: 'include' };
  const missing = `No credentials are saved for the writer "${writer.name}": add them on the Writers page.`;
  if (!secret) return { ok: false, message: missing };
  if (secret.origin !== new URL(writer.baseUrl).origin) {
    return {
      ok: false,
      message: `The credentials of "${writer.name}" were saved for ${secret.origin}, not ${new URL(writer.baseUrl).origin}: save them again for the new address.`,
    };
  }
  if (auth.kind === 'basic') {
    if (secret.kind !== 'basic') return { ok: false, message: missing };
    const value = `Basic ${base64(`${secret.username}:${secret.password}`)}`;
    return { ok: true, headers: { authorization: value }, credentials: 'omit' };
  }
  if (secret.kind !== 'token') return { ok: false, message: missing };
  const headers =
    auth.kind === 'bearer'
      ? { authorization: `Bearer ${secret.token}` }
      : { [auth.header.toLowerCase()]: secret.token };
  return { ok: true, headers, credentials: 'omit' };
}

/** The same headers with their values masked, for the preview and for logs. */
export function maskedAuthHeaders(writer: Writer): Record<string, string> {
  const { auth } = writer;
  if (auth.kind === 'basic') return { authorization: 'Basic ••••••' };
  if (auth.kind === 'bearer') return { authorization: 'Bearer ••••••' };
  if (auth.kind === 'header') return { [auth.header.toLowerCase()]: '••••••' };
  return {};
}
