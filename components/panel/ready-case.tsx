import { useDeferredValue, useMemo } from 'react';
import { installedPackStorage } from '../../utils/guidance/installed';
import { incidentOverlayAction } from '../../utils/incidents/overlay';
import type { Incident } from '../../utils/incidents/schema';
import type { TabAssessment } from '../../utils/tab-assessment/store';
import type { TabCaseState } from '../../utils/tab-case/state';
import { DecideSection } from '../decide/decide-section';
import { GuidanceSnippets } from '../guidance/guidance-snippets';
import { useReassessOnGuidance } from '../guidance/use-reassess-on-guidance';
import { useStored } from '../decide/use-stored';
import { sendRequest } from '../../utils/messaging/send';
import { ScoreSection } from '../score/score-section';
import { suggestionSnapshot } from '../score/score-view';
import { useAssessment } from '../score/use-assessment';
import { PracticeBanner } from '../practice/practice-banner';
import { RevealCard } from '../practice/reveal-card';
import { usePractice } from '../practice/use-practice';
import { useReveal } from '../practice/use-reveal';
import { useExposureCount, useExposurePolicy } from '../wellness/use-exposure';
import { QaResultCard } from '../qa/qa-result-card';
import { QaReview } from '../qa/qa-review';
import { useQaItem } from '../qa/use-qa-item';
import { InvestigateButton } from '../investigate/investigate-button';
import { CaseSummary } from './case-summary';

type Ready = Extract<TabCaseState, { status: 'ready' }>;

/** A case that was read: summary first (fast paint), then scores, then the decision form. */
export function ReadyCase(props: {
  tabId: number | null;
  state: Ready;
  reviewerId?: string;
  /** The tab's stored scores (shown if they are this case's). */
  scores?: TabAssessment | null;
  /** Open incidents whose signature this case matches: their overlay and tag apply. */
  incidents?: Incident[];
}) {
  const { case: c } = props.state.extraction;
  const pack = useStored(installedPackStorage) ?? undefined;
  const view = useAssessment(props.tabId, c.id, props.state.at, props.scores);
  const tabId = props.tabId;
  // The content script scrolls the console to the message and rings it; nothing else is asked.
  const showItem =
    tabId === null
      ? undefined
      : (itemId: string) =>
          void sendRequest({ type: 'case:highlight', tabId, itemId }).catch(() => undefined);
  const assessment = view.stored?.assessment;
  useExposureCount(assessment, useExposurePolicy());
  // What follows from the scores, the form's suggestion and the policy text, renders just after
  // them: new scores commit in a render of their own, on a panel that may still be starting.
  const followed = useDeferredValue(assessment);
  const matched = props.incidents;
  const suggestion = useMemo(() => followed && suggestionSnapshot(followed), [followed]);
  const incidentAction = incidentOverlayAction(matched ?? [], pack);
  const incidentIds = useMemo(() => matched?.map((incident) => incident.id), [matched]);
  useReassessOnGuidance(props.tabId, props.state.at, assessment?.guidanceVersion, pack?.version);
  const practice = usePractice(c.id, props.state.practice);
  const training = practice.state === 'practice' ? practice.practice : undefined;
  const reveal = useReveal(c.id, training?.attempted ?? false);
  // Blind first: nothing the model says is shown on a gold case until the trainee decided.
  // Until the case API has answered whether this is one, the model's view waits as well.
  const blind =
    practice.state === 'checking' || (training !== undefined && reveal.state !== 'revealed');
  // A QA sample hides who decided before (the original) until the QA decision is in; while the
  // case API says whether this is one, history waits too.
  const qa = useQaItem(c.console, c.id);
  const sample = qa.state === 'sample' ? qa.item : undefined;
  return (
    <>
      {training && <PracticeBanner practice={training} revealed={reveal.state === 'revealed'} />}
      {practice.state === 'unknown' && (
        <p role="status" className="rounded bg-zinc-100 p-2 text-xs text-zinc-700">
          {practice.message}
        </p>
      )}
      <CaseSummary extraction={props.state.extraction} />
      {!training && <InvestigateButton tabId={tabId} />}
      {training && <RevealCard reveal={reveal} pack={pack} />}
      {sample && !training && <QaReview item={sample} pack={pack} />}
      {qa.state === 'unknown' && !training && (
        <p role="status" className="rounded bg-zinc-100 p-2 text-xs text-zinc-700">
          Could not check whether this case is a QA sample ({qa.message}); earlier decisions on it
          stay hidden.
        </p>
      )}
      {!blind && (
        <ScoreSection tabId={tabId} view={view} case={c} pack={pack} onShowItem={showItem} />
      )}
      <DecideSection
        case={c}
        reviewerId={props.reviewerId}
        suggestion={blind ? undefined : suggestion}
        practice={training !== undefined}
        qa={
          training
            ? undefined
            : sample
              ? 'sample'
              : // Unanswered is not "not a sample": history stays hidden, blind by default.
                qa.state === 'checking' || qa.state === 'unknown'
                ? 'checking'
                : undefined
        }
        incidentIds={training ? undefined : incidentIds}
        incidentAction={training ? undefined : incidentAction}
      />
      {!training && !sample && <QaResultCard case={c} reviewerId={props.reviewerId} pack={pack} />}
      {!blind && <GuidanceSnippets pack={pack} assessment={followed} />}
    </>
  );
}
