import { useMemo } from 'react';
import { installedPackStorage } from '../../utils/guidance/installed';
import type { TabCaseState } from '../../utils/tab-case/state';
import { DecideSection } from '../decide/decide-section';
import { useStored } from '../decide/use-stored';
import { ScoreSection } from '../score/score-section';
import { suggestionSnapshot } from '../score/score-view';
import { useAssessment } from '../score/use-assessment';
import { CaseSummary } from './case-summary';

type Ready = Extract<TabCaseState, { status: 'ready' }>;

/** A case that was read: summary first (fast paint), then scores, then the decision form. */
export function ReadyCase(props: { tabId: number | null; state: Ready; reviewerId?: string }) {
  const { case: c } = props.state.extraction;
  const pack = useStored(installedPackStorage) ?? undefined;
  const view = useAssessment(props.tabId, c.id, props.state.at);
  const assessment = view.stored?.assessment;
  const suggestion = useMemo(() => assessment && suggestionSnapshot(assessment), [assessment]);
  return (
    <>
      <CaseSummary extraction={props.state.extraction} />
      <ScoreSection view={view} case={c} pack={pack} />
      <DecideSection case={c} reviewerId={props.reviewerId} suggestion={suggestion} />
    </>
  );
}
