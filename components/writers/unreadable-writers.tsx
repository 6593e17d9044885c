import { sendRequest } from '../../utils/messaging/send';
import { ProblemList } from '../adapters/problem-list';

/** Stored writers an update of the format no longer reads: named with why, and removable. */
export function UnreadableWriters(props: {
  unreadable: { id: string; problems: string[] }[];
  onRemoved: () => void;
}) {
  if (!props.unreadable.length) return null;
  return (
    <ul className="space-y-2" aria-label="Writers that no longer validate">
      {props.unreadable.map(({ id, problems }) => (
        <li key={id} className="rounded border border-red-300 p-3 text-sm">
          <div className="flex items-center gap-2">
            <code className="mr-auto">{id}</code>
            <button
              type="button"
              className="rounded border border-zinc-300 px-2 py-0.5 text-xs"
              onClick={() =>
                void sendRequest({ type: 'writers:remove', id }).then(
                  props.onRemoved,
                  props.onRemoved,
                )
              }
            >
              Remove {id}
            </button>
          </div>
          <p>This writer no longer validates and writes nothing until it is fixed:</p>
          <ProblemList problems={problems} />
        </li>
      ))}
    </ul>
  );
}
