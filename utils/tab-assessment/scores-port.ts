import type { TabAssessment } from './store';

/**
 * A panel's direct line to the background for its tab's new scores. The scores still go to
 * `storage.session`, which stays the record every panel reads; this only gets them to an open
 * panel sooner. A storage change travels through the browser process, whose main thread is
 * busiest exactly then (the console page is loading); a MessagePort between the panel and the
 * service worker, which Chromium runs in one extension process, does not.
 */
export const SCORES_PORT_MESSAGE = 'caselight:scores-port';

/** Sent on the port by a panel that closes it or goes away (Chromium reports neither). */
export const SCORES_PORT_BYE = 'caselight:scores-port-bye';

/** Sent to the service worker with the port, which then waits to be told the tab. */
export interface ScoresPortHello {
  type: typeof SCORES_PORT_MESSAGE;
}

/** Which scores a panel already shows: the background sends only newer ones. */
export interface ScoresVersion {
  caseAt: number;
  assessedAt: string;
}

/**
 * Sent on the port: the tab whose scores the panel wants from now on, and what it has. The
 * background answers at once with the tab's latest scores if they are newer: scores that came
 * between the panel's attach and this message would otherwise wait for storage.
 */
export interface ScoresPortFollow {
  follow: number;
  has: ScoresVersion | null;
}

export const versionOf = (scores: TabAssessment): ScoresVersion => ({
  caseAt: scores.caseAt,
  assessedAt: scores.assessment.assessedAt,
});

/** Later case state first, then later assessment (a rescore under new guidance). */
export function isNewer(scores: ScoresVersion, than: ScoresVersion | null): boolean {
  if (!than) return true;
  if (scores.caseAt !== than.caseAt) return scores.caseAt > than.caseAt;
  return Date.parse(scores.assessedAt) > Date.parse(than.assessedAt);
}

/** What the background sends on the port: the tab says which, should the panel have moved on. */
export interface ScoresForTab {
  tabId: number;
  scores: TabAssessment;
}

export interface ScoresLine {
  /** Follows `tabId` (a side panel switches tabs on the same line), having `has` already. */
  follow(tabId: number, has: ScoresVersion | null): void;
  close(): void;
}

/**
 * Opens the line and calls `onScores` with each assessment the background sends for the tab
 * it follows. Open it while the panel waits for its attach answer: reaching the service worker
 * costs main-thread time, which then overlaps the wait instead of the case's first paint. Where
 * there is no service worker (Firefox's background page) nothing arrives, and storage alone
 * brings the scores.
 */
export function openScoresLine(
  onScores: (tabId: number, scores: TabAssessment) => void,
): ScoresLine {
  const channel = new MessageChannel();
  let closed = false;
  channel.port1.addEventListener('message', ({ data }: MessageEvent<ScoresForTab>) => {
    if (!closed) onScores(data.tabId, data.scores);
  });
  channel.port1.start();
  const hello: ScoresPortHello = { type: SCORES_PORT_MESSAGE };
  void navigator.serviceWorker?.ready
    .then((registration) => {
      if (!closed) registration.active?.postMessage(hello, [channel.port2]);
    })
    .catch(() => undefined);
  const close = () => {
    if (closed) return;
    closed = true;
    channel.port1.postMessage(SCORES_PORT_BYE);
    channel.port1.close();
    globalThis.removeEventListener?.('pagehide', close);
  };
  // A docked panel goes with its console page, without unmounting: say goodbye then too.
  globalThis.addEventListener?.('pagehide', close);
  return {
    // Messages wait in the port until the worker takes it, so this may come before the hello.
    follow(tabId, has) {
      if (!closed) channel.port1.postMessage({ follow: tabId, has } satisfies ScoresPortFollow);
    },
    close,
  };
}
