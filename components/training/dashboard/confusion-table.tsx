import type { ConfusionMatrix } from '../../../utils/training/report';

/** Expected (rows) × given (columns), agreement on the diagonal highlighted. */
export function ConfusionTable(props: { caption: string; matrix: ConfusionMatrix }) {
  const { labels, counts } = props.matrix;
  if (labels.length === 0) {
    return <p className="text-xs text-zinc-500">{props.caption}: nothing scored yet.</p>;
  }
  return (
    <table className="text-xs">
      <caption className="text-left font-medium">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-2 text-left font-normal text-zinc-500">
            Expected ↓ / given →
          </th>
          {labels.map((label) => (
            <th key={label} scope="col" className="px-1 font-mono font-normal">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {labels.map((expected, i) => (
          <tr key={expected}>
            <th scope="row" className="pr-2 text-left font-mono font-normal">
              {expected}
            </th>
            {labels.map((given, j) => {
              const n = counts[i]?.[j] ?? 0;
              const diagonal = i === j;
              const tone = diagonal
                ? 'bg-emerald-50 font-semibold text-emerald-800'
                : n > 0
                  ? 'bg-red-50 text-red-800'
                  : 'text-zinc-300';
              return (
                <td
                  key={given}
                  data-diagonal={diagonal || undefined}
                  className={`px-1 text-center font-mono ${tone}`}
                >
                  {n}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
