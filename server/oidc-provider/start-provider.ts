import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import OidcProvider, { interactionPolicy } from 'oidc-provider';

/**
 * A real OpenID Connect provider (`oidc-provider`, a certified implementation) on loopback, for
 * tests and the demo only. The one shortcut is the login screen: whoever `signInAs` names is
 * signed in and consents at once, so a test needs no typing in a popup. Everything a real
 * provider does on the wire (PKCE, codes, signed ID tokens, discovery, JWKS) is its own code.
 */

export interface ProviderAccount {
  name: string;
  email: string;
  emailVerified?: boolean;
  groups: string[];
}

export interface LocalProvider {
  issuer: string;
  clientId: string;
  /** Who the next authorization signs in as (undefined: the login is refused). */
  signInAs(accountId: string | undefined): void;
  accounts: Map<string, ProviderAccount>;
  close(): Promise<void>;
}

export async function startLocalProvider(opts: {
  redirectUris: string[];
  clientId?: string;
  idTokenTtlSeconds?: number;
  /**
   * Origins allowed to call the token endpoint from a browser: an extension posts from its own
   * origin (`chrome-extension://<id>`), which an administrator registers as a trusted origin
   * at the provider (Okta: Trusted Origins), as here.
   */
  corsOrigins?: string[];
}): Promise<LocalProvider> {
  const accounts = new Map<string, ProviderAccount>();
  let current: string | undefined;
  let provider: OidcProvider | undefined;
  const server = createServer((req, res) => void handle(req, res));
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!provider) return void res.writeHead(503).end();
    if (!req.url?.startsWith('/interaction/')) return provider.callback()(req, res);
    const details = await provider.interactionDetails(req, res);
    if (current === undefined || !accounts.has(current)) {
      return provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'No such user',
      });
    }
    const grant = new provider.Grant({
      accountId: current,
      clientId: String(details.params.client_id),
    });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, {
      login: { accountId: current },
      consent: { grantId },
    });
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = opts.clientId ?? 'caselight-extension';
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });

  // The (automatic) login shows again whenever the test switched people, so the provider's
  // session cookie does not sign the previous one in again.
  const policy = interactionPolicy.base();
  policy
    .get('login')
    ?.checks.add(
      new interactionPolicy.Check(
        'test_switch_user',
        'tests choose who signs in',
        'login_required',
        (ctx) => ctx.oidc.session?.accountId !== current,
      ),
    );

  provider = new OidcProvider(issuer, {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none', // a browser extension holds no secret: PKCE instead
        redirect_uris: opts.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: {
      keys: [{ ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' }],
    },
    cookies: { keys: ['caselight-local-provider'] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      groups: ['groups'],
    },
    // Claims in the ID token itself (as Okta and Entra ID can be set to): the case API reads
    // only the ID token.
    conformIdTokenClaims: false,
    ttl: {
      IdToken: opts.idTokenTtlSeconds ?? 3600,
      AccessToken: 3600,
      Interaction: 600,
      Grant: 3600,
      Session: 3600,
    },
    features: { devInteractions: { enabled: false } },
    interactions: { policy },
    clientBasedCORS: (_ctx, origin) => (opts.corsOrigins ?? []).includes(origin),
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          name: account.name,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          groups: account.groups,
        }),
      };
    },
  });

  return {
    issuer,
    clientId,
    accounts,
    signInAs: (accountId) => {
      current = accountId;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
