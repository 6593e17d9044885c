import { useEffect, useRef, type RefObject } from 'react';

interface TourKeys {
  next(): void;
  back(): void;
  skip(): void;
}

/**
 * While the tour is open it owns the keyboard. A capture listener on `window` runs before
 * anything else in the panel (the decision keys listen on `window` too, bubbling) and stops
 * every keydown there, so no key pressed during the tour picks, submits or clears a decision,
 * wherever focus happens to be. Default actions stay: Enter or Space still press the focused
 * tour button, Tab still moves focus (kept inside the tour). Nothing is listened to while the
 * tour is closed.
 */
export function useTourKeys(dialog: RefObject<HTMLElement | null>, keys: TourKeys) {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      event.stopPropagation();
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') latest.current.skip();
      else if (event.key === 'ArrowRight') latest.current.next();
      else if (event.key === 'ArrowLeft') latest.current.back();
      else if (event.key === 'Tab' && dialog.current) return keepFocusInside(dialog.current, event);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [dialog]);
}

/** Tab past the last button (or Shift+Tab before the first) wraps: aria-modal means just that. */
function keepFocusInside(dialog: HTMLElement, event: KeyboardEvent) {
  const buttons = [...dialog.querySelectorAll<HTMLElement>('button:not(:disabled)')];
  const edge = event.shiftKey ? buttons[0] : buttons.at(-1);
  const active = document.activeElement;
  if (active === edge || !dialog.contains(active)) {
    event.preventDefault();
    (event.shiftKey ? buttons.at(-1) : buttons[0])?.focus();
  }
}
