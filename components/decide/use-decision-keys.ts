import { useEffect, useRef } from 'react';
import type { GuidancePack } from '../../utils/guidance/schema';

const OWN = 'a[href], summary, select, button:not([role="radio"])';

interface KeyHandlers {
  pick(actionId: string): void;
  submit(): void;
  cancel(): void;
}

/**
 * Keyboard-first deciding: an action's hotkey (1–9) picks it, Enter (Ctrl+Enter inside the
 * note) submits, Escape clears the draft.
 */
export function useDecisionKeys(pack: GuidancePack | undefined, handlers: KeyHandlers) {
  // The listener stays put; it always calls the latest handlers (which read the latest draft).
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!pack) return;
    const onKey = (event: KeyboardEvent) => {
      const inText =
        event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement;
      if (event.key === 'Escape') return latest.current.cancel();
      // Enter on a control of its own (Undo, Retry now, Show all…) does what that control says:
      // taking it for "submit" left keyboard users no way to press them. The action picker's
      // buttons and the panel itself still submit, as the key hint promises.
      if (event.key === 'Enter' && event.target instanceof Element && event.target.closest(OWN))
        return;
      if (event.key === 'Enter' && (!inText || event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        return latest.current.submit();
      }
      if (inText || event.altKey || event.ctrlKey || event.metaKey) return;
      const action = pack.actions.find((a) => a.hotkey === event.key.toLowerCase());
      if (action) {
        event.preventDefault();
        latest.current.pick(action.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pack]);
}
