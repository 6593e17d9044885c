import type { TrainerAnswers } from '../../utils/training/trainer-messages';

/** The team's gold sets, newest first; opening one shows its cases, trainees and progress. */
export function GoldSetsList(props: {
  answer?: TrainerAnswers['list-sets'];
  selectedId?: string;
  onOpen: (setId: string) => void;
  onReload: () => void;
}) {
  const { answer } = props;
  if (!answer) return <p className="text-sm text-zinc-500">Reading the gold sets…</p>;
  if (!answer.ok) {
    return (
      <p role="alert" className="text-sm text-red-700">
        Cannot read the gold sets: {answer.message}{' '}
        <button type="button" className="underline" onClick={props.onReload}>
          Try again
        </button>
      </p>
    );
  }
  if (answer.sets.length === 0)
    return <p className="text-sm text-zinc-500">No gold set yet: create the first one.</p>;
  const sets = answer.sets.toSorted((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return (
    <table aria-label="Gold sets" className="w-full text-left text-sm">
      <thead className="text-xs text-zinc-500">
        <tr>
          <th className="py-1">Title</th>
          <th>Cases</th>
          <th>Trainees</th>
          <th>Created</th>
          <th>
            <span className="sr-only">Open</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sets.map((s) => {
          const selected = s.id === props.selectedId;
          return (
            <tr
              key={s.id}
              aria-current={selected ? 'true' : undefined}
              className={`border-t border-zinc-100 ${selected ? 'bg-indigo-50' : ''}`}
            >
              <td className="py-1 font-medium">{s.title}</td>
              <td>{s.itemCount}</td>
              <td>{s.assigneeCount}</td>
              <td>
                {new Date(s.createdAt).toLocaleDateString()} by {s.createdBy}
              </td>
              <td className="text-right">
                <button
                  type="button"
                  aria-label={`Open gold set ${s.title}`}
                  className="text-indigo-700 underline"
                  onClick={() => props.onOpen(s.id)}
                >
                  Open
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
