import type { GuidancePack } from '../../utils/guidance/schema';
import type { QueueItem } from '../../utils/qa/result-schema';
import { QaScoreForm } from './qa-score-form';
import { useQaOriginal } from './use-qa-original';

const REASONS: Record<QueueItem['reason'], string> = {
  percent: 'sampled by the team’s rules',
  'no-violation-high-score': '“no violation” on a case the model scored high',
  'new-reviewer': 'decided in the reviewer’s first days',
  'model-flagged': 'the model disagreed with the decision',
};

/**
 * A QA sample in the panel: decided blind with the usual form (mode `qa`), then the original
 * decision beside mine and the team's scorecard to score it.
 */
export function QaReview(props: { item: QueueItem; pack?: GuidancePack }) {
  const { item, pack } = props;
  const original = useQaOriginal(item.decisionId, item.caseId);
  return (
    <>
      <section
        aria-label="QA sample"
        data-testid="qa-banner"
        className="space-y-1 rounded border border-violet-300 bg-violet-50 p-2 text-xs text-violet-950"
      >
        {/* Why it was sampled tells of the original ("no violation", "the model disagreed"),
            so before my own decision the banner says only that it is a sample. */}
        <p className="font-semibold">
          {original.state === 'shown'
            ? `QA sample: ${REASONS[item.reason]}.`
            : 'QA sample: decide it blind.'}
        </p>
        {original.state === 'blind' && (
          <p>
            {original.deciding
              ? 'Decision recorded. The original decision appears once yours reaches the case API (after the undo window).'
              : 'Decide the case yourself first; the original decision is shown after yours.'}
          </p>
        )}
        {original.state === 'shown' && original.original.modelRationale && (
          // Only after my own blind decision: the rationale argues a side.
          <p>Model’s rationale: {original.original.modelRationale}</p>
        )}
      </section>
      {original.state === 'failed' && (
        <p role="alert" className="rounded bg-red-50 p-2 text-xs text-red-800">
          Could not show the original decision: {original.message}
        </p>
      )}
      {original.state === 'shown' && (
        <QaScoreForm
          decisionId={item.decisionId}
          original={original.original}
          scorecard={original.scorecard}
          pack={pack}
        />
      )}
    </>
  );
}
