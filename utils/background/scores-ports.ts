import { z } from 'zod';
import {
  SCORES_PORT_BYE,
  SCORES_PORT_MESSAGE,
  type ScoresPortHello,
} from '../tab-assessment/scores-port';
import type { TabAssessment } from '../tab-assessment/store';

// Checks what panels send as `ScoresPortHello`; `satisfies` keeps the two from drifting apart.
const helloSchema = z.object({
  type: z.literal(SCORES_PORT_MESSAGE),
  tabId: z.number().int(),
}) satisfies z.ZodType<ScoresPortHello>;

/**
 * A tab rarely has more than two live panels (docked and side panel); each console page load
 * brings a new docked one. Panels say goodbye as they go; should one not (a crash), the
 * oldest ports go first.
 */
const MAX_PORTS_PER_TAB = 4;

const portsByTab = new Map<number, MessagePort[]>();

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

/**
 * Accepts panels' ports (see `connectScoresPort`). Only pages of this extension can message its
 * service worker, and what they send is checked all the same. Registered at the worker's start,
 * as service workers require of their event listeners.
 */
export function acceptScoresPorts(scope: EventTarget = globalThis): void {
  scope.addEventListener('message', (event) => {
    const { data, ports } = event as MessageEvent;
    const hello = helloSchema.safeParse(data);
    const port = ports[0];
    if (!hello.success || !port) return;
    remember(hello.data.tabId, port);
    port.addEventListener('message', ({ data: said }) => {
      if (said !== SCORES_PORT_BYE) return;
      forget(hello.data.tabId, port);
      port.close();
    });
    port.start();
  });
}

/** Hands the tab's new scores to its open panels, ahead of the storage change; how many. */
export function sendScoresToPanels(tabId: number, scores: TabAssessment): number {
  const ports = portsByTab.get(tabId) ?? [];
  for (const port of ports) port.postMessage(scores);
  return ports.length;
}

/** A closed tab has no panels left to tell. */
export function forgetScoresPorts(tabId: number): void {
  for (const port of portsByTab.get(tabId) ?? []) port.close();
  portsByTab.delete(tabId);
}
