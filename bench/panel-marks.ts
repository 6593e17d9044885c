import type { BrowserContext, CDPSession, Frame } from 'playwright-core';

/** Which User Timing mark to wait for: by name, and by the case (and cached flag) in its detail. */
export interface WantedMark {
  name: string;
  caseId: string;
  cached?: boolean;
}

/** When the mark was made, on the wall clock, and the content hash it carries if any. */
export interface SeenMark {
  at: number;
  contentHash?: string;
}

/**
 * Resolves with the first mark matching `w` (buffered, so one made before the call counts),
 * without polling: polling would steal the CPU from the panel being measured. A string, not a
 * function, so what runs in the panel is exactly this text.
 */
const WAIT_FOR_MARK = `(w, timeoutMs) => new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('No ' + w.name + ' for ' + w.caseId)), timeoutMs);
  new PerformanceObserver((list, observer) => {
    const mark = list.getEntriesByName(w.name).find((m) => {
      const d = m.detail;
      return d && d.caseId === w.caseId && (w.cached === undefined || d.cached === w.cached);
    });
    if (!mark) return;
    observer.disconnect();
    clearTimeout(timer);
    resolve({ at: performance.timeOrigin + mark.startTime, contentHash: mark.detail.contentHash });
  }).observe({ type: 'mark', buffered: true });
})`;

export interface PanelProbe {
  mark(wanted: WantedMark, timeoutMs?: number): Promise<SeenMark>;
  close(): Promise<void>;
}

/**
 * Reads the docked panel's User Timing marks through a raw CDP session on its frame (an
 * out-of-process iframe). Playwright's `frame.evaluate` would first inject its utility script
 * into the panel, about 20 ms of the panel's main thread in the middle of the very boot being
 * timed (seen in traces); `Runtime.evaluate` of this one expression costs next to nothing.
 */
export async function probePanel(context: BrowserContext, panel: Frame): Promise<PanelProbe> {
  const cdp: CDPSession = await context.newCDPSession(panel);
  return {
    async mark(wanted, timeoutMs = 20_000) {
      const reply = (await cdp.send('Runtime.evaluate', {
        expression: `(${WAIT_FOR_MARK})(${JSON.stringify(wanted)}, ${timeoutMs})`,
        awaitPromise: true,
        returnByValue: true,
      })) as {
        result: { value?: SeenMark };
        exceptionDetails?: { exception?: { description?: string } };
      };
      if (reply.exceptionDetails || !reply.result.value) {
        const why = reply.exceptionDetails?.exception?.description ?? 'no answer';
        throw new Error(`Waiting for ${wanted.name} (${wanted.caseId}) in the panel: ${why}`);
      }
      return reply.result.value;
    },
    close: () => cdp.detach().catch(() => undefined),
  };
}
