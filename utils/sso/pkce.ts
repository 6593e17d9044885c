import { base64urlnopad } from '@scure/base';

/**
 * PKCE (RFC 7636) for a public client: the extension ships no secret, so the code is bound to
 * a verifier only this sign-in knows. Web Crypto only, so it runs in the service worker.
 */

export function randomToken(bytes = 32): string {
  return base64urlnopad.encode(crypto.getRandomValues(new Uint8Array(bytes)));
}

export async function newPkce(): Promise<{ verifier: string; challenge: string }> {
  const verifier = randomToken(32);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  const challenge = base64urlnopad.encode(new Uint8Array(digest));
  return { verifier, challenge };
}
