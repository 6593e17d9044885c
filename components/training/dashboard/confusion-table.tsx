import type { ConfusionMatrix } from '../../../utils/training/report';
import { useDashboardLabels } from './labels';

/** Expected (rows) × given (columns), agreement on the diagonal highlighted. */
export function ConfusionTable(props: {
  caption: string;
  matrix: ConfusionMatrix;
  kind: 'action' | 'policy';
}) {
  const { labels, counts } = props.matrix;
  const names = useDashboardLabels();
  // '(none)' is the report's own label for "no policy", not an id.
  const name = (id: string) => (id === '(none)' ? id : names[props.kind](id));
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
            <th key={label} scope="col" title={label} className="px-1 font-normal">
              {name(label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {labels.map((expected, i) => (
          <tr key={expected}>
            <th scope="row" title={expected} className="pr-2 text-left font-normal">
              {name(expected)}
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
