import type { MissedItem } from '../../../utils/training/report';
import { useDashboardLabels } from './labels';

/** The gold cases the cohort gets wrong most, so the trainer knows what to teach next. */
export function MostMissedList(props: { items: readonly MissedItem[] }) {
  const names = useDashboardLabels();
  return (
    <section aria-labelledby="most-missed-title" className="space-y-1">
      <h3 id="most-missed-title" className="font-semibold">
        Most missed
      </h3>
      {props.items.length === 0 ? (
        <p className="text-sm text-zinc-500">No gold case has been missed yet.</p>
      ) : (
        <ol className="list-decimal space-y-0.5 pl-5 text-sm">
          {props.items.map((item) => (
            <li key={item.caseId}>
              <span className="font-medium">{item.subject || item.caseId}</span>: missed by{' '}
              {item.missed} of {item.attempted}; expected{' '}
              <span className="font-medium">{names.action(item.expectedAction)}</span>
              {item.commonWrongAction && (
                <>
                  , most often answered{' '}
                  <span className="font-medium">{names.action(item.commonWrongAction)}</span>
                </>
              )}
              {item.disputed && (
                <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-800">
                  disputed by experts
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
