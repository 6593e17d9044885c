import { createStore, del, get, set } from 'idb-keyval';
import { z } from 'zod';
import { meSchema } from '../case-api/schema';

/**
 * The case API session a single sign-on gave, beside the other secrets in the extension
 * origin's IndexedDB (content scripts cannot read it). Bound to the case API origin it came
 * from: pointed at another case API, it is not sent.
 */
const sessionRecordSchema = z.object({
  token: z.string().min(1),
  expiresAt: z.string(),
  origin: z.string(),
  me: meSchema,
});
export type SsoSessionRecord = z.infer<typeof sessionRecordSchema>;

const store = () => createStore('caselight-secrets', 'secrets');
const KEY = 'ssoSession';

export async function readSsoSession(): Promise<SsoSessionRecord | undefined> {
  const parsed = sessionRecordSchema.safeParse(await get(KEY, store()));
  return parsed.success ? parsed.data : undefined;
}

export const saveSsoSession = (record: SsoSessionRecord) =>
  set(KEY, sessionRecordSchema.parse(record), store());

export const clearSsoSession = () => del(KEY, store());

export type SsoTokenState =
  { state: 'none' } | { state: 'active'; token: string } | { state: 'expired'; message: string };

/** The session token to send to `caseApiUrl` now, or why there is none. */
export async function ssoTokenFor(caseApiUrl: string, now = Date.now()): Promise<SsoTokenState> {
  const session = await readSsoSession();
  if (!session || session.origin !== new URL(caseApiUrl).origin) return { state: 'none' };
  if (Date.parse(session.expiresAt) > now) return { state: 'active', token: session.token };
  const at = new Date(session.expiresAt).toLocaleString();
  return {
    state: 'expired',
    message: `Your single sign-on session ended at ${at}: sign in again in Caselight options.`,
  };
}
