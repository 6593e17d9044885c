import { readDockLayout } from '../dock/storage';
import { ensureInstalledPack } from '../guidance/ensure-installed';
import type { Handlers } from '../messaging/router';
import type { Assessment } from '../assessment/schema';
import type { Case } from '../case/schema';
import { assessCase, findCachedAssessment } from '../models/assess';
import { assessSettingsFrom } from '../models/assess-settings';
import { retryAfterMs } from '../http/retry-after';
import { abortableSleep } from '../time/abortable-sleep';
import { createObservedClient } from '../models/client-factory';
import { refusalProblem, resolveModelAccess } from '../models/model-access';
import { readSettings } from '../settings/storage';
import { modelStatusStorage } from '../status/store';
import {
  readTabAssessment,
  tabAssessmentOf,
  writeScoringNotice,
  writeTabAssessment,
  writeTabSent,
} from '../tab-assessment/store';
import { isCurrentTabCase, readTabCase } from '../tab-case/store';
import { recordShownCase } from './investigation-handlers';
import { sendScoresToPanels } from './scores-ports';
import { caseScored, scoresOf } from './wellness-case';

interface Running {
  /** Case id and tab-state time: the same key means the same content, so the run is shared. */
  key: string;
  guidanceVersion: number;
  controller: AbortController;
  done: Promise<AssessResult>;
}
type AssessResult = { ok: true } | { ok: false; message: string };

// The tab's run under way, or its last one that succeeded. Kept after it finished: a request
// whose storage read was taken before that run's write would otherwise score the case again
// (from the cache, labelled "cached" on a first visit). Lost with the worker, which then reads
// the stored assessment instead.
const running = new Map<number, Running>();

/** Stops scoring a case the reviewer has left, so its model calls stop too. */
export function abortTabAssessment(tabId: number) {
  running.get(tabId)?.controller.abort();
  running.delete(tabId);
}

/**
 * What scoring needs besides the tab's own state (the guidance, the settings and the key),
 * each read started now and awaited by whoever needs it: the cache lookup does not wait for
 * the key.
 */
export function startModelReads() {
  const assessSettings = readAssessSettings();
  const reads = {
    pack: ensureInstalledPack(),
    assessSettings,
    // The key only for the address scoring will call, checked there: see `model-access.ts`.
    modelKey: assessSettings.then(async ({ baseUrl }) => {
      const access = await resolveModelAccess(baseUrl);
      return access.ok
        ? { modelApiKey: access.apiKey }
        : { refusal: refusalProblem(access.refusal) };
    }),
  };
  // Failures surface where a read is awaited; one nobody awaits must not go unhandled.
  for (const read of Object.values(reads)) read.catch(() => undefined);
  return reads;
}
type ModelReads = ReturnType<typeof startModelReads>;

export async function modelInputs(reads: ModelReads) {
  const [pack, assessSettings, modelKey] = await Promise.all([
    reads.pack,
    reads.assessSettings,
    reads.modelKey,
  ]);
  return { pack, assessSettings, modelKey };
}

/**
 * Everything scoring a tab needs, read at once: each is a storage or IndexedDB round trip, and
 * on a cached revisit these reads are most of the time between the case and its scores.
 */
export async function readScoringInputs(tabId: number) {
  const [state, stored, model] = await Promise.all([
    readTabCase(tabId),
    readTabAssessment(tabId),
    modelInputs(startModelReads()),
  ]);
  return { state, stored, ...model };
}
export type ScoringInputs = Awaited<ReturnType<typeof readScoringInputs>>;

async function readAssessSettings() {
  const [settings, modelStatus] = await Promise.all([
    readSettings(),
    modelStatusStorage.getValue(),
  ]);
  // The provider the last connection check saw at this base URL; it alone knows the stand-in.
  const checked = modelStatus?.state === 'ok' && modelStatus.baseUrl === settings.model.baseUrl;
  return assessSettingsFrom(settings, { provider: checked ? modelStatus.provider : undefined });
}

/**
 * How long storing a found case waits for the cache to answer. A lookup takes a few ms; one
 * that is slower (a cache being evicted, a busy machine) must not hold the case back: the
 * scores then follow through the usual run, which finds the same entry.
 */
export const CACHED_SCORES_PATIENCE_MS = 30;

/**
 * How long storing a tab's new scores waits when open panels already have them from their
 * ports: long enough for a panel to render and paint them on a busy machine (`npm run bench`,
 * `scores_render_network_model_*`), short enough that a panel opening meanwhile barely waits.
 */
export const STORE_AFTER_PORTS_MS = 100;

/**
 * The case's cached assessment under the guidance and settings in force, or undefined (a miss,
 * a cache that answers slowly or fails). No model is called, so this runs for every case found,
 * whichever surface the panel is on.
 */
export async function cachedAssessmentOf(
  caseData: Case,
  reads: Pick<ModelReads, 'pack' | 'assessSettings'> = startModelReads(),
): Promise<Assessment | undefined> {
  const lookup = Promise.all([reads.pack, reads.assessSettings])
    .then(([pack, settings]) => findCachedAssessment({ caseData, pack, settings }))
    .catch(() => undefined);
  let timer: number | undefined;
  const patience = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, CACHED_SCORES_PATIENCE_MS);
  });
  return Promise.race([lookup, patience]).finally(() => clearTimeout(timer));
}

function rateLimitNotice(response: Response): string {
  const wait = retryAfterMs(response.headers);
  const when = wait === undefined ? 'shortly' : `in ${Math.max(1, Math.round(wait / 1000))} s`;
  return `Rate limited by the model provider (429): Caselight waits and retries ${when}.`;
}

const CASE_CHANGED: AssessResult = {
  ok: false,
  message: 'The case on this tab changed before it could be scored.',
};

type ReadyCase = Extract<NonNullable<ScoringInputs['state']>, { status: 'ready' }>;

/** Scores the case state `assessTab` just read, with the guidance it checked against. */
async function scoreTab(
  tabId: number,
  state: ReadyCase,
  { pack, assessSettings, modelKey }: ScoringInputs,
  signal: AbortSignal,
): Promise<AssessResult> {
  const caseAt = state.at;
  const assessment = await assessCase({
    caseData: state.extraction.case,
    pack,
    settings: assessSettings,
    secrets: modelKey,
    createClient: createObservedClient((response) => {
      if (response.status !== 429 || signal.aborted) return;
      void writeScoringNotice(tabId, { caseAt, message: rateLimitNotice(response) });
    }),
    signal,
  });
  signal.throwIfAborted();
  // Checked at write time: a newer case on the tab must never be overwritten by this one.
  if (!(await isCurrentTabCase(tabId, caseAt))) return CASE_CHANGED;
  const { scores, sent } = tabAssessmentOf(state.extraction.case.id, caseAt, assessment);
  // Open panels get the scores straight away over their ports. The storage write, which every
  // panel reads later, then waits while they render: it keeps the browser process busy for tens
  // of ms, on the same few cores the panel paints with.
  if (sendScoresToPanels(tabId, scores) > 0) {
    await abortableSleep(STORE_AFTER_PORTS_MS, signal);
    // A newer case may have come meanwhile; its scores must not be overwritten with these.
    if (!(await isCurrentTabCase(tabId, caseAt))) return CASE_CHANGED;
  }
  await writeTabAssessment(tabId, scores);
  await writeTabSent(tabId, sent);
  void caseScored(tabId, state.extraction.case.id, scoresOf(assessment)).catch(() => undefined);
  return { ok: true };
}

/**
 * Scores the tab's current case, or joins the run already scoring it: two panels on one tab
 * (docked and side panel), or a panel asking for what `case:found` already started.
 */
export async function assessTab(
  tabId: number,
  read: Promise<ScoringInputs> = readScoringInputs(tabId),
): Promise<AssessResult> {
  const inputs = await read;
  const { state, stored, pack } = inputs;
  if (state?.status !== 'ready') return { ok: false, message: 'No case is ready on this tab.' };
  const key = `${state.extraction.case.id}@${state.at}`;
  const current = running.get(tabId);
  if (current?.key === key && current.guidanceVersion === pack.version) return current.done;
  // Already scored (started when the case was found) under the guidance in force: a panel
  // asking now gets that; a new guidance version is what makes the same content worth rescoring.
  const scored = stored?.caseId === state.extraction.case.id && stored.caseAt === state.at;
  if (scored && stored.assessment.guidanceVersion === pack.version) return { ok: true };
  abortTabAssessment(tabId);
  const controller = new AbortController();
  const done = scoreTab(tabId, state, inputs, controller.signal).catch((error: unknown) => {
    if (controller.signal.aborted)
      return { ok: false as const, message: 'Stopped: a newer case arrived on this tab.' };
    throw error;
  });
  running.set(tabId, { key, guidanceVersion: pack.version, controller, done });
  // A failed run is forgotten, so that asking again tries again.
  const forget = () => {
    if (running.get(tabId)?.controller === controller) running.delete(tabId);
  };
  const result = await done.catch((error: unknown) => {
    forget();
    throw error;
  });
  if (!result.ok) forget();
  return result;
}

/**
 * A docked panel always opens on a case page, and asks for scores only once its frame has
 * loaded: starting when the case is found saves the reviewer that wait (a cached revisit is
 * ready before the panel is). With the panel in the browser's side panel, which may be
 * closed, scoring waits for a panel to ask, so no model call is made for a case nobody sees.
 */
export async function assessEarlyIfDocked(
  tabId: number,
  // Read (or handed over) alongside the layout, not after it: every round trip delays scores.
  inputs: Promise<ScoringInputs> = readScoringInputs(tabId),
): Promise<void> {
  inputs.catch(() => undefined);
  if ((await readDockLayout()).placement !== 'page') return;
  await assessTab(tabId, inputs).catch(() => undefined); // the panel asks again, shows failures
}

export const assessHandlers: Pick<Handlers, 'case:assess'> = {
  'case:assess': ({ tabId }) => {
    // A panel shows this case: link it for investigations, beside scoring and never in its way.
    void recordShownCase(tabId).catch(() => undefined);
    return assessTab(tabId);
  },
};
