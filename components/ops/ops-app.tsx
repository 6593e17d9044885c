import { PageIdentityBar } from '../page-identity/page-identity-bar';
import { usePageIdentity } from '../page-identity/use-page-identity';
import { OpsWorkspace } from './ops-workspace';
import { sendOps } from './send-ops';

const askMe = (token: string | undefined) => sendOps(token, { op: 'me' });
// The case API scopes what each of them sees (vendor managers and trainers: their own team).
const OPS_ROLES = ['policy-lead', 'admin', 'vendor-manager', 'qa-reviewer', 'trainer'] as const;

/** The operations dashboard: volumes, speed, SLA, quality and model agreement per team. */
export function OpsApp() {
  const identity = usePageIdentity(askMe, OPS_ROLES);
  const me = identity.answer?.ok ? identity.answer.me : undefined;
  return (
    <main className="mx-auto max-w-7xl space-y-4 p-6 text-zinc-900">
      <h1 className="text-xl font-bold text-indigo-700">Caselight operations</h1>
      <PageIdentityBar
        identity={identity}
        testId="ops-identity"
        refusalTestId="not-for-ops"
        refusal={(role) =>
          `This token belongs to a ${role}: the case API shows team figures to leads, QA reviewers, vendor managers, trainers and admins only. Use one of their tokens below.`
        }
      />
      {identity.allowed && me && (
        <OpsWorkspace key={identity.token ?? ''} token={identity.token} me={me} />
      )}
    </main>
  );
}
