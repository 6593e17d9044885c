import { TokenSwitch } from './token-switch';
import type { EditorIdentity } from './use-editor-identity';

export const ROLE_NAMES = {
  reviewer: 'reviewer',
  'policy-lead': 'policy lead',
  trainer: 'trainer',
  admin: 'admin',
} as const;

/** Who the editor acts as, said plainly, and a switch to another token for this page only. */
export function IdentityBar({ identity }: { identity: EditorIdentity }) {
  const { answer, token, canPublish } = identity;
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
      <TokenSwitch token={token} setToken={identity.setToken} />
    </section>
  );
}
