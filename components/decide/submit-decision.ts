import type { Decision } from '../../utils/decisions/schema';
import { sendRequest } from '../../utils/messaging/send';

/**
 * Hands a decision to the background, trying again if the service worker was restarting (its
 * message channel closes). A retry that finds the decision already stored counts as done: the
 * first try got through.
 */
export async function submitDecisionToBackground(decision: Decision, tries = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await sendRequest({ type: 'decision:submit', decision });
      return;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message.includes('already submitted')) return;
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
