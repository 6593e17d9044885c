import { afterAll, beforeAll } from 'vitest';
import { startCaseApi, type StartedServer } from '../index';
import { followToRedirect } from '../oidc-provider/follow-redirects';
import { startLocalProvider, type LocalProvider } from '../oidc-provider/start-provider';
import { signInWithProvider } from '../../utils/sso/provider-flow';
import { DEMO_TOKENS } from '../demo-tokens';
import { caller } from './admin-helpers';

export const REDIRECT_URI = 'https://caselight-test.chromiumapp.org/';

/**
 * A real OpenID provider and a demo case API that trusts it, for one test file. `signIn` runs
 * the extension's own PKCE flow against the provider and trades the ID token at the case API.
 */
export function useSso(sessionHours = 8) {
  let provider: LocalProvider | undefined;
  let server: StartedServer | undefined;
  beforeAll(async () => {
    provider = await startLocalProvider({ redirectUris: [REDIRECT_URI] });
    server = await startCaseApi({
      port: 0,
      demo: true,
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        groupsClaim: 'groups',
        sessionHours,
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await provider?.close();
  });
  const idp = () => provider!;
  const api = () => server!;

  const idToken = (accountId: string) => {
    idp().signInAs(accountId);
    return signInWithProvider({
      issuer: idp().issuer,
      clientId: idp().clientId,
      redirectUri: REDIRECT_URI,
      launch: followToRedirect(REDIRECT_URI),
    });
  };

  const trade = async (body: unknown) => {
    const response = await fetch(`${api().url}/api/auth/oidc/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  return {
    idp,
    api,
    idToken,
    trade,
    signIn: async (accountId: string) => trade(await idToken(accountId)),
    asAdmin: caller(() => api().url, DEMO_TOKENS.admin),
  };
}
