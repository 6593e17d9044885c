import type { ReactNode } from 'react';
import { TokenSwitch } from './token-switch';
import type { PageIdentity } from './use-page-identity';

export const ROLE_NAMES = {
  reviewer: 'reviewer',
  'policy-lead': 'policy lead',
  trainer: 'trainer',
  'qa-reviewer': 'QA reviewer',
  'vendor-manager': 'vendor manager',
  admin: 'admin',
} as const;

/**
 * Who the page acts as, said plainly; what a token of the wrong role cannot do here
 * (`refusal`, given the role's name); and a switch to another token for this page only.
 */
export function PageIdentityBar(props: {
  identity: PageIdentity;
  testId: string;
  refusalTestId: string;
  refusal: (roleName: string) => ReactNode;
}) {
  const { answer, token, allowed, setToken } = props.identity;
  return (
    <section aria-label="Signed in as" className="space-y-2 rounded border border-zinc-200 p-3">
      <p data-testid={props.testId} className="text-sm">
        {!answer
          ? 'Checking who this token belongs to…'
          : answer.ok
            ? `Signed in as ${answer.me.name} (${ROLE_NAMES[answer.me.role]}) at ${answer.baseUrl}${
                token ? ', with a token for this page only' : ''
              }.`
            : `Cannot check the token: ${answer.message}`}
      </p>
      {answer?.ok && !allowed && (
        <p
          role="alert"
          data-testid={props.refusalTestId}
          className="rounded bg-amber-50 p-2 text-sm"
        >
          {props.refusal(ROLE_NAMES[answer.me.role])}
        </p>
      )}
      <TokenSwitch token={token} setToken={setToken} />
    </section>
  );
}
