import { useState } from 'react';
import type { EditorIdentity } from './use-editor-identity';

const ROLE_NAMES = {
  reviewer: 'reviewer',
  'policy-lead': 'policy lead',
  trainer: 'trainer',
  admin: 'admin',
} as const;

/**
 * Who the editor acts as, said plainly, and a switch to another token for this page only (a
 * lead at a reviewer's browser): kept in page memory, gone when the page closes.
 */
export function IdentityBar({ identity }: { identity: EditorIdentity }) {
  const { answer, token, canPublish } = identity;
  const [typing, setTyping] = useState<string>();
  return (
    <section aria-label="Signed in as" className="space-y-2 rounded border border-zinc-200 p-3">
      <p data-testid="editor-identity" className="text-sm">
        {!answer
          ? 'Checking who this token belongs to…'
          : answer.ok
            ? `Signed in as ${answer.me.name} (${ROLE_NAMES[answer.me.role]}) at ${answer.baseUrl}${
                token ? ', with a token for this page only' : ''
              }.`
            : `Cannot check the token: ${answer.message}`}
      </p>
      {answer?.ok && !canPublish && (
        <p role="alert" data-testid="not-a-lead" className="rounded bg-amber-50 p-2 text-sm">
          This token belongs to a {ROLE_NAMES[answer.me.role]}, not a policy lead or admin: you can
          edit, validate and backtest, but the case API will not let you publish or see who is on
          which version. Use a policy lead&apos;s token below, or sign in as one in Caselight
          options.
        </p>
      )}
      {typing === undefined ? (
        <div className="flex gap-3 text-xs">
          <button type="button" className="text-indigo-700 underline" onClick={() => setTyping('')}>
            Use another token for this page
          </button>
          {token && (
            <button
              type="button"
              className="text-indigo-700 underline"
              onClick={() => identity.setToken(undefined)}
            >
              Back to the token in options
            </button>
          )}
        </div>
      ) : (
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (typing.trim()) identity.setToken(typing.trim());
            setTyping(undefined);
          }}
        >
          <label className="flex-1 text-xs font-medium">
            Token for this page (not saved)
            <input
              type="password"
              autoComplete="off"
              value={typing}
              onChange={(e) => setTyping(e.target.value)}
              className="mt-0.5 block w-full rounded border border-zinc-300 px-1.5 py-1 font-mono text-sm"
            />
          </label>
          <button type="submit" className="rounded bg-indigo-600 px-3 py-1 text-sm text-white">
            Use token
          </button>
          <button type="button" className="px-2 py-1 text-sm" onClick={() => setTyping(undefined)}>
            Cancel
          </button>
        </form>
      )}
    </section>
  );
}
