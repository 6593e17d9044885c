import { ROLE_NAMES } from '../guidance-editor/identity-bar';
import { TokenSwitch } from '../guidance-editor/token-switch';
import type { TrainerIdentity } from './use-trainer-identity';

/** Who the trainer page acts as, and a token for this page only when that is not a trainer. */
export function TrainerIdentityBar({ identity }: { identity: TrainerIdentity }) {
  const { answer, token, canTrain } = identity;
  return (
    <section aria-label="Signed in as" className="space-y-2 rounded border border-zinc-200 p-3">
      <p data-testid="trainer-identity" className="text-sm">
        {!answer
          ? 'Checking who this token belongs to…'
          : answer.ok
            ? `Signed in as ${answer.me.name} (${ROLE_NAMES[answer.me.role]}) at ${answer.baseUrl}${
                token ? ', with a token for this page only' : ''
              }.`
            : `Cannot check the token: ${answer.message}`}
      </p>
      {answer?.ok && !canTrain && (
        <p role="alert" data-testid="not-a-trainer" className="rounded bg-amber-50 p-2 text-sm">
          This token belongs to a {ROLE_NAMES[answer.me.role]}, not a trainer or admin: the case API
          will not show or change gold sets for it. Use a trainer&apos;s token below, or sign in as
          one in Caselight options.
        </p>
      )}
      <TokenSwitch token={token} setToken={identity.setToken} />
    </section>
  );
}
