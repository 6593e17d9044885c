import { useMemo } from 'react';
import { installedPackStorage } from '../../utils/guidance/installed';
import type { TabCaseState } from '../../utils/tab-case/state';
import { DecideSection } from '../decide/decide-section';
import { GuidanceSnippets } from '../guidance/guidance-snippets';
import { useReassessOnGuidance } from '../guidance/use-reassess-on-guidance';
import { useStored } from '../decide/use-stored';
import { sendRequest } from '../../utils/messaging/send';
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
  const tabId = props.tabId;
  // The content script scrolls the console to the message and rings it; nothing else is asked.
  const showItem =
    tabId === null
      ? undefined
      : (itemId: string) =>
          void sendRequest({ type: 'case:highlight', tabId, itemId }).catch(() => undefined);
  const assessment = view.stored?.assessment;
  const suggestion = useMemo(() => assessment && suggestionSnapshot(assessment), [assessment]);
  useReassessOnGuidance(props.tabId, props.state.at, assessment?.guidanceVersion, pack?.version);
  return (
    <>
      <CaseSummary extraction={props.state.extraction} />
      <ScoreSection view={view} case={c} pack={pack} onShowItem={showItem} />
      <DecideSection case={c} reviewerId={props.reviewerId} suggestion={suggestion} />
      <GuidanceSnippets pack={pack} assessment={assessment} />
    </>
  );
}
