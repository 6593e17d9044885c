import { installedPackStorage } from '../../utils/guidance/installed';
import { useStored } from '../decide/use-stored';
import { PageIdentityBar } from '../page-identity/page-identity-bar';
import { usePageIdentity } from '../page-identity/use-page-identity';
import { sendTrainer } from './send-trainer';
import { TrainerWorkspace } from './trainer-workspace';

const askMe = (token: string | undefined) => sendTrainer(token, { op: 'me' });
const TRAINER_ROLES = ['trainer', 'admin'] as const;

/** The trainer's page: build gold sets, assign them, watch progress, set live calibration. */
export function TrainerApp() {
  // Gold sets, assignments and calibration are for trainers and admins (the case API agrees).
  const identity = usePageIdentity(askMe, TRAINER_ROLES);
  // Answers are the installed guidance's actions and policies: what reviewers choose from.
  const pack = useStored(installedPackStorage);
  return (
    <main className="mx-auto max-w-6xl space-y-4 p-6 text-zinc-900">
      <h1 className="text-xl font-bold text-indigo-700">Caselight training</h1>
      <PageIdentityBar
        identity={identity}
        testId="trainer-identity"
        refusalTestId="not-a-trainer"
        refusal={(role) =>
          `This token belongs to a ${role}, not a trainer or admin: the case API will not show or change gold sets for it. Use a trainer's token below, or sign in as one in Caselight options.`
        }
      />
      {identity.allowed &&
        (pack ? (
          <TrainerWorkspace key={identity.token ?? ''} token={identity.token} pack={pack} />
        ) : (
          <p className="text-sm text-zinc-500">
            Waiting for the installed guidance (open a Caselight panel once if this stays)…
          </p>
        ))}
    </main>
  );
}
