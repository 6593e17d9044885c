import type { QueueItem } from '../../utils/qa/result-schema';

const NO_SNAPSHOT = {
  'not-kept': 'no snapshot: your team keeps none',
  gone: 'no snapshot: purged, or the case changed after the decision',
  hosted: 'the console shows the case as the case API stores it',
};

/**
 * One case in my QA queue: its console link and, where the team keeps one, its snapshot as it
 * was decided; otherwise why there is none (never a dead link). Blind: nothing here tells of
 * the original decision, not even why it was sampled.
 */
export function QueueItemLine({ item }: { item: QueueItem }) {
  const name = `${item.caseId}${item.subject ? `: ${item.subject}` : ''}`;
  return (
    <li data-testid="qa-queue-item">
      {item.url ? (
        <a href={item.url} target="_blank" rel="noreferrer" className="underline">
          {name}
        </a>
      ) : (
        `${name} (${item.console}; this console gave no address)`
      )}
      {' · '}
      {item.snapshot === 'kept' ? (
        <a
          href={`/qa-snapshot.html?decision=${encodeURIComponent(item.decisionId)}`}
          target="_blank"
          rel="noreferrer"
          className="underline"
        >
          snapshot as decided
        </a>
      ) : item.snapshot ? (
        NO_SNAPSHOT[item.snapshot]
      ) : (
        'no snapshot'
      )}
    </li>
  );
}
