import { z } from 'zod';
import { newPkce, randomToken } from './pkce';

/**
 * The OpenID Connect authorization-code flow with PKCE, as a public client. `launch` opens the
 * provider's page and answers the URL it redirected back to: `identity.launchWebAuthFlow` in
 * the extension, a plain HTTP follower in server tests, so both run this same code.
 */

export class SsoError extends Error {}

const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
});
const tokenAnswerSchema = z.object({ id_token: z.string().min(1) });
const providerErrorSchema = z.object({
  error: z.string(),
  error_description: z.string().optional(),
});

export interface ProviderSignIn {
  issuer: string;
  clientId: string;
  redirectUri: string;
  launch: (url: string) => Promise<string>;
}

async function discover(issuer: string) {
  const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
  const meta = discoverySchema.safeParse(await response?.json().catch(() => undefined));
  if (!response?.ok || !meta.success) {
    throw new SsoError(
      `The identity provider at ${issuer} cannot be reached (is the SSO issuer address right?).`,
    );
  }
  if (meta.data.issuer !== issuer) {
    throw new SsoError(
      `The provider at ${issuer} calls itself ${meta.data.issuer}: check the SSO issuer address.`,
    );
  }
  return meta.data;
}

/** Runs the flow; answers the ID token and the nonce it must carry (the case API checks both). */
export async function signInWithProvider(flow: ProviderSignIn) {
  const meta = await discover(flow.issuer);
  const { verifier, challenge } = await newPkce();
  const state = randomToken(16);
  const nonce = randomToken(16);
  const url = new URL(meta.authorization_endpoint);
  Object.entries({
    client_id: flow.clientId,
    response_type: 'code',
    redirect_uri: flow.redirectUri,
    scope: 'openid email profile groups',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
    nonce,
  }).forEach(([key, value]) => url.searchParams.set(key, value));

  let back: URL;
  try {
    back = new URL(await flow.launch(url.href));
  } catch {
    throw new SsoError('Sign-in was cancelled, or the provider page could not be shown.');
  }
  const params = back.searchParams;
  if (params.get('error')) {
    throw new SsoError(
      `The provider refused the sign-in: ${params.get('error_description') ?? params.get('error')}.`,
    );
  }
  // Someone else's redirect (login CSRF) carries another state: never trade its code.
  if (params.get('state') !== state)
    throw new SsoError('The provider answered another sign-in (state).');
  const code = params.get('code');
  if (!code) throw new SsoError('The provider answered without an authorization code.');

  const response = await fetch(meta.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: flow.redirectUri,
      client_id: flow.clientId,
      code_verifier: verifier,
    }),
  }).catch(() => undefined);
  const body: unknown = await response?.json().catch(() => undefined);
  const answer = tokenAnswerSchema.safeParse(body);
  if (!response?.ok || !answer.success) {
    const why = providerErrorSchema.safeParse(body);
    const detail = why.success ? `: ${why.data.error_description ?? why.data.error}` : '';
    throw new SsoError(
      `The provider did not hand out an ID token (${response?.status ?? 'no answer'}${detail}).`,
    );
  }
  return { idToken: answer.data.id_token, nonce };
}
