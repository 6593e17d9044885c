import { z } from 'zod';
import {
  isNewer,
  SCORES_PORT_BYE,
  SCORES_PORT_MESSAGE,
  versionOf,
  type ScoresForTab,
  type ScoresPortFollow,
  type ScoresPortHello,
} from '../tab-assessment/scores-port';
import type { TabAssessment } from '../tab-assessment/store';

// Check what panels send; `satisfies` keeps these and the panel's types from drifting apart.
const helloSchema = z.object({
  type: z.literal(SCORES_PORT_MESSAGE),
}) satisfies z.ZodType<ScoresPortHello>;
const followSchema = z.object({
  follow: z.number().int(),
  has: z.object({ caseAt: z.number(), assessedAt: z.string() }).nullable(),
}) satisfies z.ZodType<ScoresPortFollow>;

/**
 * A tab rarely has more than two live panels (docked and side panel); each console page load
 * brings a new docked one. Panels say goodbye as they go; should one not (a crash), the
 * oldest ports go first.
 */
const MAX_PORTS_PER_TAB = 4;

const portsByTab = new Map<number, MessagePort[]>();
/** The last scores sent for each tab, for a panel that starts following it just after. */
const latestByTab = new Map<number, TabAssessment>();

function forget(tabId: number, port: MessagePort) {
  const left = (portsByTab.get(tabId) ?? []).filter((p) => p !== port);
  if (left.length > 0) portsByTab.set(tabId, left);
  else portsByTab.delete(tabId);
}

function remember(tabId: number, port: MessagePort) {
  const ports = [...(portsByTab.get(tabId) ?? []), port];
  for (const old of ports.splice(0, Math.max(0, ports.length - MAX_PORTS_PER_TAB))) old.close();
  portsByTab.set(tabId, ports);
}

/** One panel's port: told which tab to follow, and when the panel goes. */
function servePort(port: MessagePort) {
  let following: number | undefined;
  port.addEventListener('message', ({ data }) => {
    const follow = followSchema.safeParse(data);
    if (data !== SCORES_PORT_BYE && !follow.success) return;
    if (following !== undefined) forget(following, port);
    if (!follow.success) return port.close();
    following = follow.data.follow;
    remember(following, port);
    const latest = latestByTab.get(following);
    if (latest && isNewer(versionOf(latest), follow.data.has))
      port.postMessage({ tabId: following, scores: latest } satisfies ScoresForTab);
  });
  port.start();
}

/**
 * Accepts panels' ports (see `openScoresLine`). Only pages of this extension can message its
 * service worker, and what they send is checked all the same. Registered at the worker's start,
 * as service workers require of their event listeners.
 */
export function acceptScoresPorts(scope: EventTarget = globalThis): void {
  scope.addEventListener('message', (event) => {
    const { data, ports } = event as MessageEvent;
    const port = ports[0];
    if (helloSchema.safeParse(data).success && port) servePort(port);
  });
}

/** Hands the tab's new scores to its open panels, ahead of the storage change; how many. */
export function sendScoresToPanels(tabId: number, scores: TabAssessment): number {
  latestByTab.set(tabId, scores);
  const ports = portsByTab.get(tabId) ?? [];
  for (const port of ports) port.postMessage({ tabId, scores } satisfies ScoresForTab);
  return ports.length;
}

/** A closed tab has no panels left to tell. */
export function forgetScoresPorts(tabId: number): void {
  for (const port of portsByTab.get(tabId) ?? []) port.close();
  portsByTab.delete(tabId);
  latestByTab.delete(tabId);
}
