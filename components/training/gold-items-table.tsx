import type { GuidancePack } from '../../utils/guidance/schema';
import type { GoldItem } from '../../utils/training/schema';

/** A set's cases with their answers: what trainees are scored against. */
export function GoldItemsTable(props: { items: readonly GoldItem[]; pack?: GuidancePack }) {
  const action = (id: string) => props.pack?.actions.find((a) => a.id === id)?.label ?? id;
  const policy = (id: string) => props.pack?.policies.find((p) => p.id === id)?.title ?? id;
  const items = props.items.toSorted((a, b) => a.position - b.position);
  return (
    <table aria-label="Gold cases" className="w-full text-left text-xs">
      <thead className="text-zinc-500">
        <tr>
          <th className="py-1">#</th>
          <th>Case</th>
          <th>Expected action</th>
          <th>Policies</th>
          <th>Difficulty</th>
          <th>Guidance</th>
          <th>Explanation</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.caseId} className="border-t border-zinc-100 align-top">
            <td className="py-1">{item.position + 1}</td>
            <td>
              <span className="font-mono">{item.caseId}</span>
              {item.sourceCaseId && (
                <span className="text-zinc-500"> (from {item.sourceCaseId})</span>
              )}
              {item.subject && <div>{item.subject}</div>}
              {item.disputed && (
                <div className="font-medium text-amber-800">Experts disagree: scored apart</div>
              )}
            </td>
            <td>{action(item.expectedAction)}</td>
            <td>{item.expectedPolicyIds.map(policy).join(', ') || '—'}</td>
            <td>{item.difficulty ?? '—'}</td>
            <td>{item.guidanceVersion ? `v${item.guidanceVersion}` : '—'}</td>
            <td className="max-w-md whitespace-pre-wrap">{item.explanation || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
