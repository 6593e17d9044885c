import { installedPackStorage } from '../../utils/guidance/installed';
import { useStored } from '../decide/use-stored';
import { TrainerIdentityBar } from './trainer-identity-bar';
import { TrainerWorkspace } from './trainer-workspace';
import { useTrainerIdentity } from './use-trainer-identity';

/** The trainer's page: build gold sets, assign them, watch progress, set live calibration. */
export function TrainerApp() {
  const identity = useTrainerIdentity();
  // Answers are the installed guidance's actions and policies: what reviewers choose from.
  const pack = useStored(installedPackStorage);
  return (
    <main className="mx-auto max-w-6xl space-y-4 p-6 text-zinc-900">
      <h1 className="text-xl font-bold text-indigo-700">Caselight training</h1>
      <TrainerIdentityBar identity={identity} />
      {identity.canTrain &&
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
