import type { EditorPublishAnswer } from '../../utils/guidance/editor-messages';

export type Outcome =
  { kind: 'local'; message: string } | { kind: 'answer'; answer: EditorPublishAnswer };

/** The result of a publish: the new version, or who refused it and why. */
export function PublishOutcome(props: { outcome?: Outcome; next: number; onReload: () => void }) {
  const { outcome } = props;
  if (!outcome) return null;
  if (outcome.kind === 'local') {
    return (
      <p role="alert" data-testid="publish-result" className="text-sm text-red-700">
        Not published: {outcome.message}
      </p>
    );
  }
  const { answer } = outcome;
  if (answer.ok) {
    const { summary } = answer;
    return (
      <p role="status" data-testid="publish-result" className="text-sm text-emerald-800">
        Published version {summary.version}
        {summary.signed ? ', signed,' : ''} as {summary.publisher} at{' '}
        {new Date(summary.publishedAt).toLocaleString()}. Panels pick it up at their next check.
      </p>
    );
  }
  if (answer.problem !== 'refused') {
    return (
      <p role="alert" data-testid="publish-result" className="text-sm text-red-700">
        Not published: {answer.message}
      </p>
    );
  }
  return (
    <div role="alert" data-testid="publish-result" className="space-y-1 text-sm text-red-700">
      <p>
        The case API refused version {props.next} ({answer.status} {answer.code}): {answer.message}
      </p>
      {answer.issues.length > 0 && (
        <ul className="list-disc pl-5 text-xs">
          {answer.issues.map((issue, i) => (
            <li key={i}>
              <span className="font-mono">{issue.path || '(pack)'}</span>: {issue.message}
            </li>
          ))}
        </ul>
      )}
      {answer.code === 'stale_base' && (
        <button
          type="button"
          className="text-xs text-indigo-700 underline"
          onClick={props.onReload}
        >
          Load the latest version (your edits here are replaced)
        </button>
      )}
    </div>
  );
}
