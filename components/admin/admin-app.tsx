import { PageIdentityBar } from '../page-identity/page-identity-bar';
import { usePageIdentity } from '../page-identity/use-page-identity';
import { AdminWorkspace } from './admin-workspace';
import { sendAdmin } from './send-admin';

const askMe = (token: string | undefined) => sendAdmin(token, { op: 'me' });
const ADMIN_ROLES = ['admin'] as const;

/** The admin's page: users, roles and teams, tokens, and the audit log of every change. */
export function AdminApp() {
  // Only admins manage accounts (the case API refuses everyone else with 403 too).
  const identity = usePageIdentity(askMe, ADMIN_ROLES);
  return (
    <main className="mx-auto max-w-6xl space-y-4 p-6 text-zinc-900">
      <h1 className="text-xl font-bold text-indigo-700">Caselight administration</h1>
      <PageIdentityBar
        identity={identity}
        testId="admin-identity"
        refusalTestId="not-an-admin"
        refusal={(role) =>
          `This token belongs to a ${role}, not an admin: the case API will not show or change accounts for it. Use an admin's token below.`
        }
      />
      {identity.allowed && <AdminWorkspace key={identity.token ?? ''} token={identity.token} />}
    </main>
  );
}
