import { browser } from 'wxt/browser';
import { caseApiFetch, CaseApiError, serverMessage } from '../case-api/client';
import { ssoSessionSchema } from '../case-api/sso-schema';
import type { Handlers } from '../messaging/router';
import { readSettings } from '../settings/storage';
import { signInWithProvider, SsoError } from '../sso/provider-flow';
import { clearSsoSession, readSsoSession, saveSsoSession } from '../sso/session-store';
import type { SsoAnswer, SsoStatus } from '../sso/sso-messages';

/**
 * Single sign-on, run here because only the background talks to the provider and the case
 * API: `identity.launchWebAuthFlow` shows the provider's page in a window of its own (the
 * options page never sees a code or a token), then the ID token is traded at the case API for
 * a session, kept beside the other secrets.
 */

async function status(): Promise<SsoStatus> {
  const [settings, session] = await Promise.all([readSettings(), readSsoSession()]);
  const forThisApi = session && session.origin === new URL(settings.caseApiUrl).origin;
  return {
    issuer: settings.sso.issuer,
    clientId: settings.sso.clientId,
    session: forThisApi
      ? {
          me: session.me,
          expiresAt: session.expiresAt,
          expired: Date.parse(session.expiresAt) <= Date.now(),
        }
      : null,
  };
}

async function signIn(): Promise<SsoAnswer> {
  const { sso, caseApiUrl } = await readSettings();
  if (!sso.issuer || !sso.clientId) {
    return {
      ok: false,
      message: 'Set the SSO issuer and client id (or ask your administrator to).',
    };
  }
  const { idToken, nonce } = await signInWithProvider({
    issuer: sso.issuer,
    clientId: sso.clientId,
    redirectUri: browser.identity.getRedirectURL(),
    launch: async (url) => {
      const back = await browser.identity.launchWebAuthFlow({ url, interactive: true });
      if (!back) throw new Error('no redirect');
      return back;
    },
  });
  const response = await caseApiFetch('/auth/oidc/session', {
    method: 'POST',
    body: { idToken, nonce },
    auth: false,
  });
  if (!response.ok) {
    return {
      ok: false,
      message: `The case API refused the sign-in: ${await serverMessage(response)}`,
    };
  }
  const session = ssoSessionSchema.safeParse(await response.json().catch(() => undefined));
  if (!session.success)
    return {
      ok: false,
      message: 'The case API answered the sign-in with data Caselight does not understand.',
    };
  const { token, expiresAt, me } = session.data;
  await saveSsoSession({ token, expiresAt, me, origin: new URL(caseApiUrl).origin });
  return { ok: true, status: await status() };
}

export const ssoHandlers: Pick<Handlers, 'sso:request'> = {
  'sso:request': async ({ request }) => {
    try {
      if (request.op === 'sign-in') return await signIn();
      if (request.op === 'sign-out') await clearSsoSession();
      return { ok: true, status: await status() };
    } catch (error) {
      if (error instanceof SsoError || error instanceof CaseApiError) {
        return { ok: false, message: error.message };
      }
      throw error;
    }
  },
};
