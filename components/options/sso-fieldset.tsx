import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendRequest } from '../../utils/messaging/send';
import { originPattern, type Settings } from '../../utils/settings/schema';
import type { SsoAnswer, SsoStatus } from '../../utils/sso/sso-messages';
import { errorFor, type FieldError } from './field-errors';
import { Field } from './field';

type Sso = Settings['sso'];

const ask = (op: 'status' | 'sign-in' | 'sign-out'): Promise<SsoAnswer> =>
  sendRequest({ type: 'sso:request', request: { op } }).catch((error: unknown) => ({
    ok: false as const,
    message: `Caselight's background did not answer (${String(error)}).`,
  }));

/** Sign-in through the team's OpenID Connect provider; uses the saved issuer and client id. */
export function SsoFieldset(props: {
  value: Sso;
  onChange: (sso: Sso) => void;
  errors?: FieldError[];
  locked: ReadonlySet<string>;
}) {
  const [status, setStatus] = useState<SsoStatus>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void ask('status').then((a) => (a.ok ? setStatus(a.status) : setProblem(a.message)));
  }, []);

  const run = (op: 'sign-in' | 'sign-out') => {
    setBusy(true);
    setProblem(undefined);
    // The provider's origin is granted inside the click (browsers only grant on a gesture).
    const granted =
      op === 'sign-in' && status?.issuer
        ? browser.permissions.request({ origins: [originPattern(status.issuer)] })
        : Promise.resolve(true);
    void granted
      .then((ok) =>
        ok ? ask(op) : { ok: false as const, message: 'Access to the provider was not granted.' },
      )
      .then((a) => (a.ok ? setStatus(a.status) : setProblem(a.message)))
      .finally(() => setBusy(false));
  };

  const session = status?.session;
  return (
    <fieldset className="space-y-3">
      <legend className="font-semibold">Single sign-on</legend>
      <Field
        label="SSO issuer"
        hint="Your company's OpenID Connect provider, e.g. https://example.okta.com"
        value={props.value.issuer}
        locked={props.locked.has('ssoIssuer')}
        error={errorFor(props.errors, 'sso.issuer')}
        onChange={(issuer) => props.onChange({ ...props.value, issuer })}
      />
      <Field
        label="SSO client id"
        value={props.value.clientId}
        locked={props.locked.has('ssoClientId')}
        error={errorFor(props.errors, 'sso.clientId')}
        onChange={(clientId) => props.onChange({ ...props.value, clientId })}
      />
      <p data-testid="sso-status" aria-live="polite" className="text-sm">
        {!session
          ? 'Not signed in with SSO.'
          : session.expired
            ? `Your SSO session ended at ${new Date(session.expiresAt).toLocaleString()}: sign in again.`
            : `Signed in as ${session.me.name} (${session.me.role}) until ${new Date(session.expiresAt).toLocaleString()}.`}
      </p>
      {problem && (
        <p data-testid="sso-error" role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      )}
      <div className="flex items-center gap-3">
        <button
          type="button"
          disabled={busy || !status?.issuer || !status.clientId}
          onClick={() => run('sign-in')}
          className="rounded border border-indigo-600 px-3 py-1 text-sm font-semibold text-indigo-700 disabled:opacity-50"
        >
          {busy ? 'Signing in…' : 'Sign in with SSO'}
        </button>
        {session && (
          <button
            type="button"
            disabled={busy}
            onClick={() => run('sign-out')}
            className="text-sm underline"
          >
            Sign out
          </button>
        )}
        <span className="text-xs text-zinc-500">Uses the saved issuer and client id.</span>
      </div>
    </fieldset>
  );
}
