import type { WriterTestAnswer } from '../../utils/case/writer/writer-messages';

const NOT_WRITTEN = {
  retry: 'Not written yet (the console could not take it now)',
  failed: 'Not written (refused)',
  'needs-sign-in': 'Not written (sign-in needed)',
};

/** What a test send came to: written with the console's result, or the console's own words. */
export function TestOutcome({ answer }: { answer: WriterTestAnswer }) {
  if (!answer.ok)
    return (
      <p role="alert" className="text-red-700">
        {answer.message}
      </p>
    );
  const { outcome } = answer;
  if (outcome.kind === 'delivered' || outcome.kind === 'skipped')
    return (
      <p role="status" className="text-emerald-700" data-testid="writer-test-outcome">
        {outcome.kind === 'delivered' ? 'Written' : 'Nothing to write'}: {outcome.result} (test
        decision {answer.decisionId}).
      </p>
    );
  return (
    <p role="alert" className="text-red-700" data-testid="writer-test-outcome">
      {NOT_WRITTEN[outcome.kind]}
      {outcome.status ? `, ${outcome.status}` : ''}: {outcome.message}
    </p>
  );
}
