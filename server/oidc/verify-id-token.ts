import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';

/**
 * Checks an ID token from the team's OpenID Connect provider with `jose`: signature against
 * the provider's published keys (found through discovery, cached, refetched when a new key id
 * appears, so key rotation needs nothing from us), issuer, audience (our client id), expiry
 * and the nonce the extension chose. Nothing here trusts what the token says about itself.
 */

export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** The claim holding the user's groups; `groups` for Okta and Entra ID by default. */
  groupsClaim: string;
  /** How long a case API session from a sign-in lasts. */
  sessionHours: number;
}

export type VerifyOutcome =
  | { ok: true; claims: JWTPayload }
  | { ok: false; problem: 'provider-unreachable' | 'invalid-token'; message: string };

const discoverySchema = z.object({ issuer: z.string(), jwks_uri: z.url() });

export function createIdTokenVerifier(settings: OidcSettings, clock: () => Date) {
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;

  const discover = async () => {
    const url = `${settings.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`discovery answered ${response.status}`);
    const meta = discoverySchema.parse(await response.json());
    // The provider must call itself what we were told it is (mix-up attacks otherwise).
    if (meta.issuer !== settings.issuer) throw new Error(`discovery names issuer ${meta.issuer}`);
    return createRemoteJWKSet(new URL(meta.jwks_uri), { timeoutDuration: 5000 });
  };

  return async (idToken: string, nonce: string): Promise<VerifyOutcome> => {
    let jwks;
    try {
      jwks = await (keys ??= discover());
    } catch (error) {
      keys = undefined; // the next sign-in tries again rather than caching the outage
      const why = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problem: 'provider-unreachable',
        message: `The identity provider ${settings.issuer} cannot be reached (${why}).`,
      };
    }
    try {
      const { payload } = await jwtVerify(idToken, jwks, {
        issuer: settings.issuer,
        audience: settings.clientId,
        currentDate: clock(),
        clockTolerance: 30,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (payload.nonce !== nonce) {
        return {
          ok: false,
          problem: 'invalid-token',
          message: 'The ID token is for another sign-in (nonce).',
        };
      }
      return { ok: true, claims: payload };
    } catch (error) {
      const unreachable =
        error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError);
      const why = error instanceof Error ? error.message : String(error);
      return unreachable
        ? {
            ok: false,
            problem: 'provider-unreachable',
            message: `The identity provider's keys cannot be fetched (${why}).`,
          }
        : { ok: false, problem: 'invalid-token', message: `The ID token is not valid: ${why}.` };
    }
  };
}

export type IdTokenVerifier = ReturnType<typeof createIdTokenVerifier>;
