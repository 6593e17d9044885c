import type { ResponseMap } from '../../../utils/messaging/protocol';

export type AttachAnswer = ResponseMap['panel:attach'];

/** The one call the first paint needs from the extension's runtime. */
export interface AttachRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * The browser's own runtime, not the polyfill (`wxt/browser`, ~10 KB): this runs before any
 * of the panel's bundles, and both browsers' native `sendMessage` answer with a promise.
 */
function nativeRuntime(): AttachRuntime | undefined {
  const g = globalThis as {
    browser?: { runtime?: AttachRuntime };
    chrome?: { runtime?: AttachRuntime };
  };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

const isAnswer = (answer: unknown): answer is AttachAnswer =>
  typeof answer === 'object' && answer !== null && 'tabId' in answer && 'state' in answer;

/**
 * The docked panel's attach to its own tab, sent from its very first script so the answer is
 * back while React and the panel's bundles are still loading. Tried as `sendRequestRetrying`
 * does (the dock token is registered just ahead of the frame, and a waking worker may take it
 * second); null when the background never took it, and the panel then attaches as before.
 */
export async function attachOwnTab(
  runtime = nativeRuntime(),
  tries = 4,
  pauseMs = 150,
): Promise<AttachAnswer | null> {
  if (!runtime) return null;
  for (let attempt = 1; attempt <= tries; attempt++) {
    try {
      const answer = await runtime.sendMessage({
        type: 'panel:attach',
        target: { kind: 'own-tab' },
      });
      if (isAnswer(answer)) return answer;
    } catch {
      // Nobody listening yet (the worker is starting): tried again below.
    }
    if (attempt < tries) await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt));
  }
  return null;
}
