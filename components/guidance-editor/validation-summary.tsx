import type { PackIssue } from '../../utils/guidance/validate';

/** Every problem in one list too, for the ones in a tab the lead is not looking at. */
export function ValidationSummary(props: { issues?: readonly PackIssue[] }) {
  const { issues } = props;
  if (!issues) {
    return (
      <p role="status" data-testid="validation" className="text-xs text-zinc-500">
        Checking the draft…
      </p>
    );
  }
  if (issues.length === 0) {
    return (
      <p role="status" data-testid="validation" className="text-xs text-emerald-800">
        No problems found: the draft is valid.
      </p>
    );
  }
  return (
    <div role="status" data-testid="validation" className="text-xs text-red-700">
      <p className="font-semibold">
        {issues.length} problem{issues.length === 1 ? '' : 's'} to fix before publishing:
      </p>
      <ul className="list-disc pl-5">
        {issues.slice(0, 30).map((issue, i) => (
          <li key={i}>
            <span className="font-mono">{issue.path || '(pack)'}</span>: {issue.message}
          </li>
        ))}
        {issues.length > 30 && <li>…and {issues.length - 30} more.</li>}
      </ul>
    </div>
  );
}
