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

/** Sent to the service worker with the port: which tab's scores the panel wants. */
export interface ScoresPortHello {
  type: typeof SCORES_PORT_MESSAGE;
  tabId: number;
}

/**
 * Opens the line for `tabId` and calls `onScores` with each assessment the background writes
 * for that tab. Where there is no service worker (Firefox's background page) nothing arrives,
 * and storage alone brings the scores. Returns the function that closes the line.
 */
export function connectScoresPort(
  tabId: number,
  onScores: (scores: TabAssessment) => void,
): () => void {
  const channel = new MessageChannel();
  let closed = false;
  channel.port1.addEventListener('message', (event: MessageEvent<TabAssessment>) => {
    if (!closed) onScores(event.data);
  });
  channel.port1.start();
  const hello: ScoresPortHello = { type: SCORES_PORT_MESSAGE, tabId };
  const sayHello = () =>
    void navigator.serviceWorker?.ready
      .then((registration) => {
        if (!closed) registration.active?.postMessage(hello, [channel.port2]);
      })
      .catch(() => undefined);
  // After the panel's next frame: a panel attaches just before it paints the case, and the
  // first use of `navigator.serviceWorker` is main-thread work that paint need not wait for.
  // Scores that come sooner arrive through storage.
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => setTimeout(sayHello, 0));
  else sayHello();
  const close = () => {
    if (closed) return;
    closed = true;
    channel.port1.postMessage(SCORES_PORT_BYE);
    channel.port1.close();
    globalThis.removeEventListener?.('pagehide', close);
  };
  // A docked panel goes with its console page, without unmounting: say goodbye then too.
  globalThis.addEventListener?.('pagehide', close);
  return close;
}
