import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { issuedTokenSchema, userSchema } from '../../utils/case-api/admin-schema';

/** Calls the case API over HTTP as `token`; answers status and parsed JSON body. */
export function caller(url: () => string, token: string) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url()}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
}

export type Call = ReturnType<typeof caller>;

/** Creates a user and issues them a token through the admin routes; answers the token. */
export async function userWithToken(
  asAdmin: Call,
  user: { id: string; name: string; role: string; teamId?: string },
  token: { expiresAt?: string } = {},
): Promise<string> {
  const created = await asAdmin('POST', '/api/admin/users', user);
  if (created.status !== 201) throw new Error(`create user: ${JSON.stringify(created.body)}`);
  userSchema.parse(created.body);
  const issued = await asAdmin('POST', '/api/admin/tokens', { userId: user.id, ...token });
  if (issued.status !== 201) throw new Error(`issue token: ${JSON.stringify(issued.body)}`);
  return issuedTokenSchema.parse(issued.body).token;
}

/** A temporary directory per test, removed after it. */
export function useTempDirs() {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'caselight-accounts-'));
    dirs.push(dir);
    return dir;
  };
}
