import { lazy, Suspense, useState } from 'react';
import { GuidanceBanner } from '../guidance/guidance-banner';
import { IncidentBanners } from '../incidents/incident-banners';
import { useIncidentMatches, useOpenIncidents } from '../incidents/use-incidents';
import { installedPackStorage } from '../../utils/guidance/installed';
import { AssignedTrainingLine } from '../practice/assigned-training';
import { QaFooter } from '../qa/qa-footer';
import { ApiStatusLine, ModelStatusLine, StandInNotice } from './connection-status';
import { CASE_PAINTED_MARK, CASE_SHOWN_MARK } from '../../utils/models/timing-mark';
import { lastReviewerStorage } from '../../utils/status/store';
import { useStored } from '../decide/use-stored';
import { PanelTour } from '../tour/panel-tour';
import { usePanelTour } from '../tour/use-panel-tour';
import { ExposureLine } from '../wellness/exposure-line';
import { MaskTermsContext, useMaskTermsSetting } from '../wellness/mask-context';
import { LiveAnnouncer } from './live-announcer';
import { PanelHeader } from './panel-header';
import { ReadyCase } from './ready-case';
import { SlaBreachLine } from './sla-breach-line';
import { useShownMarks } from './use-shown-marks';
import { useConnectionStatus } from './use-connection-status';
import { useTabCase, type PanelSurface } from './use-tab-case';
import type { AttachAnswer } from './first-paint/first-attach';

// Loaded when a lead opens it: the builder and its adapter schemas (zod) are not what every
// panel needs at startup, which is on the path from opening a case to seeing it.
const AdapterBuilder = lazy(() =>
  import('../adapters/adapter-builder').then((m) => ({ default: m.AdapterBuilder })),
);

/**
 * One app for the docked iframe and the browser's side panel. `attached`: the docked panel's
 * attach, already made by its first script (`first-paint/`), shown in the first render.
 */
export function PanelApp({
  surface,
  attached,
}: {
  surface: PanelSurface;
  attached?: AttachAnswer;
}) {
  const { loaded, tabId, state, scores } = useTabCase(surface, attached);
  const connection = useConnectionStatus();
  const reviewer = useStored(lastReviewerStorage);
  const shown = state?.status === 'ready' ? state.extraction.case : undefined;
  const caseId = shown?.id;
  const pack = useStored(installedPackStorage) ?? undefined;
  const incidents = useOpenIncidents();
  const matched = useIncidentMatches(incidents, shown);
  const [building, setBuilding] = useState(false);
  const tour = usePanelTour(state?.status === 'ready' && !building);
  const maskTerms = useMaskTermsSetting();

  // User Timing marks: let benchmarks (and later, metrics) time page → panel without hooks.
  useShownMarks(CASE_SHOWN_MARK, CASE_PAINTED_MARK, caseId ? { caseId } : undefined);

  return (
    <LiveAnnouncer>
      <MaskTermsContext value={maskTerms}>
        <div className="flex h-screen flex-col bg-white text-zinc-900">
          <PanelHeader surface={surface} tabId={tabId} onTour={tour.replay} />
          <main className="flex-1 space-y-3 overflow-y-auto p-3">
            <StandInNotice status={connection.models} />
            <GuidanceBanner />
            <IncidentBanners incidents={incidents} matched={matched} pack={pack} />
            {!loaded ? null : building && tabId !== null ? (
              <Suspense fallback={<p className="text-sm text-zinc-500">Opening the builder…</p>}>
                <AdapterBuilder tabId={tabId} onClose={() => setBuilding(false)} />
              </Suspense>
            ) : state?.status === 'ready' ? (
              <ReadyCase
                tabId={tabId}
                state={state}
                reviewerId={reviewer?.id}
                scores={scores}
                incidents={matched}
              />
            ) : state?.status === 'reading' ? (
              <p className="text-sm text-zinc-500">Reading the case…</p>
            ) : state?.status === 'unreadable' ? (
              <p
                data-testid="case-unreadable"
                role="alert"
                className="rounded bg-red-50 p-2 text-sm text-red-900"
              >
                Caselight cannot read a case on this page ({state.adapterId}): {state.problem}
              </p>
            ) : (
              <p className="text-sm text-zinc-500">
                No case on this tab. Open a case in a supported console.
              </p>
            )}
          </main>
          <footer className="space-y-1 border-t border-zinc-200 p-3">
            <AssignedTrainingLine />
            <QaFooter key={caseId ?? ''} reviewerId={reviewer?.id} />
            <ExposureLine tabId={tabId} queue={shown?.queue} />
            {state?.status === 'ready' && (
              <SlaBreachLine
                console={state.extraction.case.console}
                queue={state.extraction.case.queue}
              />
            )}
            <ApiStatusLine status={connection.api} />
            <ModelStatusLine status={connection.models} />
            <div className="flex gap-3">
              <button
                type="button"
                onClick={connection.recheck}
                className="text-xs text-indigo-700 underline"
              >
                Check again
              </button>
              {tabId !== null && !building && (
                <button
                  type="button"
                  onClick={() => setBuilding(true)}
                  className="text-xs text-indigo-700 underline"
                >
                  Build adapter for this page
                </button>
              )}
            </div>
          </footer>
          {tour.open && <PanelTour onFinish={tour.finish} />}
        </div>
      </MaskTermsContext>
    </LiveAnnouncer>
  );
}
