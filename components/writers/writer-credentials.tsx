import { useState, type FormEvent } from 'react';
import type { WriterEntry, WriterSecretInput } from '../../utils/case/writer/writer-messages';
import { sendRequest } from '../../utils/messaging/send';
import { credentialText } from './describe-writer';

const input = 'w-full rounded border border-zinc-300 px-2 py-1 text-sm';

/**
 * The writer's credentials, sent to the background to keep in its IndexedDB for the writer's
 * address. They are never shown again: the page only learns for which origin they are saved.
 */
export function WriterCredentials(props: { id: string; entry: WriterEntry; onSaved: () => void }) {
  const { writer } = props.entry;
  const [token, setToken] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const origin = new URL(writer.baseUrl).origin;
  const { auth } = writer;

  if (auth.kind === 'none' || auth.kind === 'session')
    return (
      <p id={props.id} className="mt-2 text-sm text-zinc-700">
        {auth.kind === 'session'
          ? `This writer uses the reviewer’s own signed-in session on ${origin}, as the lead chose: nothing to save here. A reviewer who is not signed in there is asked to sign in.`
          : 'This writer sends no credentials.'}
      </p>
    );

  const send = (secret: WriterSecretInput | null) => {
    void sendRequest({ type: 'writers:save-credentials', writerId: writer.id, secret }).then(
      (answer) => {
        setToken('');
        setPassword('');
        setStatus(
          answer.ok
            ? {
                ok: true,
                text: secret
                  ? `Credentials ${credentialText(answer.credential, writer)}.`
                  : 'Credentials forgotten.',
              }
            : { ok: false, text: answer.message },
        );
        props.onSaved();
      },
      (error: unknown) => setStatus({ ok: false, text: String(error) }),
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(
      auth.kind === 'basic'
        ? { kind: 'basic', username: username.trim(), password }
        : { kind: 'token', token: token.trim() },
    );
  };
  const ready = auth.kind === 'basic' ? !!username.trim() && !!password : !!token.trim();
  const saved = props.entry.credential.kind !== 'missing';

  return (
    <form id={props.id} onSubmit={submit} className="mt-2 space-y-2 rounded bg-zinc-50 p-2 text-sm">
      <p className="text-xs text-zinc-600">
        Kept in the extension’s own storage for {origin} only; if the writer’s address changes they
        must be saved again. Currently: {credentialText(props.entry.credential, writer)}.
      </p>
      {auth.kind === 'basic' ? (
        <>
          <label className="block">
            Username
            <input
              className={input}
              autoComplete="off"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </label>
          <label className="block">
            Password or API token
            <input
              className={input}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          <p className="text-xs text-zinc-600">
            Zendesk: your email followed by <code>/token</code> as the username and the API token as
            the password. Freshdesk: the API key as the username and <code>X</code> as the password.
            Jira: your email and an API token.
          </p>
        </>
      ) : (
        <label className="block">
          {auth.kind === 'header' ? `API key (sent as ${auth.header})` : 'Bearer token'}
          <input
            className={input}
            type="password"
            autoComplete="new-password"
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
      )}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={!ready}
          className="rounded bg-indigo-700 px-3 py-1 text-sm font-medium text-white disabled:opacity-50"
        >
          Save credentials for {origin}
        </button>
        {saved && (
          <button
            type="button"
            className="rounded border border-zinc-300 px-2 py-1 text-sm"
            onClick={() => send(null)}
          >
            Forget saved credentials
          </button>
        )}
      </div>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? '' : 'text-red-700'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
