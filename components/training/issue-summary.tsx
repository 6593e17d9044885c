import { describeIssue, type PathIssue } from '../../utils/training/issue-paths';

/**
 * Every problem with the draft in one list, by path ("items[2].expectedAction: …"), for those
 * in a case scrolled out of view; and the case API's own refusal, in its words.
 */
export function IssueSummary(props: { issues: readonly PathIssue[]; refusal?: string }) {
  const { issues, refusal } = props;
  if (issues.length === 0 && !refusal) return null;
  return (
    <div role="alert" data-testid="create-errors" className="space-y-1 text-xs text-red-700">
      {refusal && <p>The case API did not create the set: {refusal}</p>}
      {issues.length > 0 && (
        <>
          <p className="font-semibold">
            {issues.length} problem{issues.length === 1 ? '' : 's'} to fix before creating:
          </p>
          <ul className="list-disc pl-5 font-mono">
            {issues.slice(0, 50).map((issue, i) => (
              <li key={i}>{describeIssue(issue)}</li>
            ))}
            {issues.length > 50 && <li>…and {issues.length - 50} more.</li>}
          </ul>
        </>
      )}
    </div>
  );
}
