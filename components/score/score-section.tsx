import type { Case } from '../../utils/case/schema';
import type { GuidancePack } from '../../utils/guidance/schema';
import { SCORES_PAINTED_MARK, SCORES_SHOWN_MARK } from '../../utils/models/timing-mark';
import { useAnnouncement } from '../panel/live-announcer';
import { useShownMarks } from '../panel/use-shown-marks';
import { scoreAnnouncement } from './score-announcement';
import { InjectionFlag, RiskyItems } from './risky-items';
import { ProblemList, SentPayloads, SignalHits } from './case-flags';
import { ProvenanceLine } from './provenance-line';
import { RiskOverview } from './risk-overview';
import { SuggestionCard } from './suggestion-card';
import type { AssessmentView } from './use-assessment';

/** Scores, suggestion and where they came from, for the case on screen. */
export function ScoreSection(props: {
  /** The console tab the case is on (null where there is none): where "What was sent" is kept. */
  tabId: number | null;
  view: AssessmentView;
  case: Case;
  pack?: GuidancePack;
  /** Shows one message in the console (scroll + ring); absent where there is no console tab. */
  onShowItem?: (itemId: string) => void;
}) {
  const { view, case: c, pack, onShowItem } = props;
  const a = view.stored?.assessment;
  const itemLabel = (id: string) => {
    const index = c.items.findIndex((i) => i.id === id);
    return index < 0 ? id : `#${index + 1} ${c.items[index]?.author ?? ''}`.trim();
  };
  const injectedOnly = (a?.injectionSuspected ?? []).filter((id) => !a?.itemScores[id]);
  // The end of "model answer → scores shown" (`npm run bench`).
  const cached = a && (a.provenance.moderation?.cached ?? a.provenance.policyLlm?.cached ?? false);
  useShownMarks(
    SCORES_SHOWN_MARK,
    SCORES_PAINTED_MARK,
    a && { caseId: a.caseId, contentHash: a.contentHash, cached },
  );
  useAnnouncement(a && scoreAnnouncement(a, pack));
  useAnnouncement(view.error && `Could not score this case: ${view.error}`, true);
  return (
    <section
      aria-label="Scores"
      data-testid="scores"
      data-tour="scores"
      className="space-y-3 border-t border-zinc-200 pt-3"
    >
      {view.scoring && (
        <p data-testid="scoring" role="status" className="text-xs text-zinc-500">
          {a ? 'Updating scores…' : 'Scoring the case…'}
        </p>
      )}
      {view.notice && (
        <p data-testid="scoring-notice" role="status" className="text-xs text-amber-800">
          {view.notice}
          {!view.scoring && a && ' The scores below are from the retry.'}
        </p>
      )}
      {view.error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-xs text-red-900">
          Could not score this case: {view.error}
        </p>
      )}
      {a && (
        <>
          <ProblemList problems={a.problems} />
          <SuggestionCard assessment={a} pack={pack} />
          <RiskOverview assessment={a} pack={pack} itemLabel={itemLabel} onShowItem={onShowItem} />
          <RiskyItems assessment={a} case={c} onShowItem={onShowItem} />
          {(a.injectionFields ?? []).length > 0 && (
            <p data-testid="injection-fields" className="text-xs font-semibold text-amber-800">
              ⚠ The case&apos;s {a.injectionFields.join(', ')} seem
              {a.injectionFields.length === 1 ? 's' : ''} to address the model (“ignore your
              policy…”). Treated as data.
            </p>
          )}
          {injectedOnly.length > 0 && (
            <div className="text-xs">
              {injectedOnly.map((id) => (
                <div key={id}>
                  {itemLabel(id)}
                  <InjectionFlag />
                </div>
              ))}
            </div>
          )}
          <SignalHits assessment={a} case={c} />
          {a.notes.length > 0 && (
            <ul className="list-disc pl-4 text-[11px] text-zinc-500">
              {a.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <div>
            <ProvenanceLine label="Scores" p={a.provenance.moderation} />
            <ProvenanceLine label="Policy model" p={a.provenance.policyLlm} />
          </div>
          {view.stored && <SentPayloads tabId={props.tabId} stored={view.stored} />}
        </>
      )}
    </section>
  );
}
