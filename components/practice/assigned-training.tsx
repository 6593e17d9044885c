import { useEffect, useState } from 'react';
import { sendRequest } from '../../utils/messaging/send';
import type { AssignedTraining } from '../../utils/training/practice';

/**
 * A one-line reminder of unfinished training, with the way to its training console: a trainee
 * should not need the trainer's message to find the set again. Silent when there is none or
 * the case API cannot say (the connection line reports that).
 */
export function AssignedTrainingLine() {
  const [sets, setSets] = useState<AssignedTraining[]>([]);
  useEffect(() => {
    let current = true;
    sendRequest({ type: 'training:mine' }).then(
      (answer) => current && answer.ok && setSets(answer.sets),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  const open = sets.filter((set) => set.done < set.total);
  if (open.length === 0) return null;
  return (
    <ul aria-label="Training assigned to you" className="text-xs text-amber-900">
      {open.map((set) => (
        <li key={set.setId}>
          Training: {set.title} · {set.done} of {set.total} done
          {set.consoleUrl && (
            <>
              {' · '}
              <a href={set.consoleUrl} target="_blank" rel="noreferrer" className="underline">
                Open training console
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
