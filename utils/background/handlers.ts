import { browser, type Browser } from 'wxt/browser';
import { checkCaseApi } from '../case-api/check';
import { adapterHandlers } from './adapter-handlers';
import {
  abortTabAssessment,
  assessEarlyIfDocked,
  assessHandlers,
  cachedAssessmentOf,
  modelInputs,
} from './assess-handlers';
import { decisionHandlers } from './decision-handlers';
import { guidanceEditorHandlers } from './guidance-editor-handlers';
import { guidanceHandlers } from './guidance-handlers';
import { knownPracticeStatus, practiceHandlers, warmPracticeStatus } from './practice-handlers';
import { incidentHandlers } from './incident-handlers';
import { qaHandlers } from './qa-handlers';
import { slaHandlers } from './sla-handlers';
import { investigationHandlers } from './investigation-handlers';
import { escalationHandlers } from './escalation-handlers';
import { trainingTrainerHandlers } from './training-trainer-handlers';
import { adminHandlers } from './admin-handlers';
import { opsHandlers } from './ops-handlers';
import { ssoHandlers } from './sso-handlers';
import { ssoTokenFor } from '../sso/session-store';
import { writerHandlers } from './writer-handlers';
import { wellnessHandlers } from './wellness-handlers';
import type { Request } from '../messaging/protocol';
import { registerDockToken } from '../messaging/dock-tokens';
import type { Handlers } from '../messaging/router';
import { clearAssessmentCache } from '../models/assess';
import { checkModels } from '../models/check';
import { apiStatusStorage, lastReviewerStorage, modelStatusStorage } from '../status/store';
import { sharedCheck } from '../status/shared-check';
import { readSettings } from '../settings/storage';
import { recordBrokenRead } from '../case/adapter-health';
import { resolveAdapter } from './resolve-adapter';
import { takeModelReads, warmModelReads } from './warm-reads';
import { currentTabAssessment, tabAssessmentOf, writeTabSent } from '../tab-assessment/store';
import type { TabCaseState } from '../tab-case/state';
import { currentTabCase, readLastCaseTab, writeTabCase } from '../tab-case/store';
import { caseFound, scoresOf } from './wellness-case';

type Sender = Browser.runtime.MessageSender;

/** Without query or fragment: those can carry session tokens the lead does not need. */
const pageOf = (url: string) => {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
};
type PanelTarget = Extract<Request, { type: 'panel:attach' }>['target'];

/** The content script's tab, and the adapter its URL selects; the sender is browser-supplied. */
function contentSender(sender: Sender) {
  const tabId = sender.tab?.id;
  // `sender.url` is the address the document loaded with: after a single-page console's
  // pushState (list → case) only the tab's address is current. The content script runs in the
  // top frame, so the tab's address is its own; both are supplied by the browser.
  const url = (sender.frameId === 0 ? sender.tab?.url : undefined) ?? sender.url ?? sender.tab?.url;
  if (tabId === undefined || !url) throw new Error('No tab behind this sender');
  return { tabId, url };
}

async function checkAdapter(sender: Sender, adapterId: string) {
  const from = contentSender(sender);
  const adapter = await resolveAdapter(from.url);
  if (adapter?.id !== adapterId) throw new Error(`Adapter ${adapterId} does not read ${from.url}`);
  return from;
}

async function resolveTarget(target: PanelTarget, sender: Sender): Promise<number | null> {
  if (target.kind === 'own-tab') return sender.tab?.id ?? null;
  if (target.kind === 'last-case-tab') return readLastCaseTab();
  const [active] = await browser.tabs.query({ active: true, windowId: target.windowId });
  return active?.id ?? null;
}

const checkApiShared = sharedCheck(async () => {
  const status = await checkCaseApi();
  await apiStatusStorage.setValue(status);
  if (status.state === 'ok') await lastReviewerStorage.setValue(status.me);
  return status;
});

const checkModelsShared = sharedCheck(async () => {
  const status = await checkModels();
  await modelStatusStorage.setValue(status);
  return status;
});

export const backgroundHandlers: Handlers = {
  'case:reading': async (request, sender) => {
    const { tabId, url } = await checkAdapter(sender, request.adapterId);
    warmModelReads(tabId);
    // The stored scores, read now, so the panel's attach is answered from memory.
    void currentTabAssessment(tabId).catch(() => undefined);
    await writeTabCase(tabId, {
      status: 'reading',
      adapterId: request.adapterId,
      url,
      at: Date.now(),
    });
    return { ok: true };
  },
  'case:found': async ({ extraction }, sender) => {
    // The cache lookup runs beside the adapter check: it calls no model and sends nothing, and
    // a revisited case then reaches the panel with its scores. Its inputs serve scoring too.
    // Warmed when the tab said it was reading this case, if it did (see `warmModelReads`).
    const reads = takeModelReads(contentSender(sender).tabId);
    const [{ tabId, url }, cached] = await Promise.all([
      checkAdapter(sender, extraction.adapterId),
      cachedAssessmentOf(extraction.case, reads),
    ]);
    // Scoring for the case the reviewer left is wasted model calls: stop it now.
    abortTabAssessment(tabId);
    const practice = knownPracticeStatus(extraction.case.id) ?? undefined;
    const at = Date.now();
    const caseId = extraction.case.id;
    const split = cached && tabAssessmentOf(caseId, at, cached);
    const scores = split?.scores;
    const state: TabCaseState = { status: 'ready', extraction, at, practice };
    await writeTabCase(tabId, state, scores);
    if (split) await writeTabSent(tabId, split.sent);
    const page = { caseId, url, queue: extraction.case.queue };
    void caseFound(tabId, page, cached ? scoresOf(cached) : undefined).catch(() => undefined);
    // What was just written is what reading the tab back would find: no second round of reads.
    const inputs = modelInputs(reads).then((m) => ({ state, stored: scores ?? null, ...m }));
    void assessEarlyIfDocked(tabId, inputs);
    warmPracticeStatus();
    return { ok: true };
  },
  'case:unreadable': async ({ adapterId, problem, broken }, sender) => {
    const { tabId, url } = await checkAdapter(sender, adapterId);
    await writeTabCase(tabId, { status: 'unreadable', adapterId, url, problem, at: Date.now() });
    if (broken?.length) await recordBrokenRead(adapterId, broken, pageOf(url));
    return { ok: true };
  },
  'case:cleared': async (_request, sender) => {
    const { tabId } = contentSender(sender);
    abortTabAssessment(tabId);
    await writeTabCase(tabId, null);
    return { ok: true };
  },
  'dock:register': async ({ token }, sender) => {
    // The browser names the tab: a content script can register a token for its own only.
    await registerDockToken(contentSender(sender).tabId, token);
    return { ok: true };
  },
  'panel:attach': async ({ target }, sender) => {
    const tabId = await resolveTarget(target, sender);
    if (tabId === null) return { tabId, state: null, assessment: null };
    // From memory, what the background last wrote: storage reads here queue behind scoring's.
    const [state, assessment] = await Promise.all([
      currentTabCase(tabId),
      currentTabAssessment(tabId),
    ]);
    if (state?.status !== 'ready' || state.practice) return { tabId, state, assessment };
    // Not known when the case was found, maybe known by now (it was being fetched then).
    const practice = knownPracticeStatus(state.extraction.case.id) ?? undefined;
    return { tabId, state: { ...state, practice }, assessment };
  },
  'api:check': async ({ maxAgeMs }) => {
    const { caseApiUrl } = await readSettings();
    // A sign-on that starts or ends is another identity: its check is not the cached one.
    const sso = await ssoTokenFor(caseApiUrl);
    return checkApiShared(`${caseApiUrl} ${sso.state}`, maxAgeMs);
  },
  ...decisionHandlers,
  ...guidanceHandlers,
  ...guidanceEditorHandlers,
  ...practiceHandlers,
  ...slaHandlers,
  ...incidentHandlers,
  ...qaHandlers,
  ...investigationHandlers,
  ...escalationHandlers,
  ...trainingTrainerHandlers,
  ...adminHandlers,
  ...opsHandlers,
  ...ssoHandlers,
  ...adapterHandlers,
  ...assessHandlers,
  ...writerHandlers,
  ...wellnessHandlers,
  'models:clear-cache': async () => ({ cleared: await clearAssessmentCache() }),
  'options:open': async () => {
    await browser.runtime.openOptionsPage();
    return { ok: true };
  },
  'models:check': async ({ maxAgeMs }) => {
    const { model } = await readSettings();
    return checkModelsShared(JSON.stringify(model), maxAgeMs);
  },
};
