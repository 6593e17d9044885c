import { useEffect, useRef } from 'react';

/**
 * Handle time of the case on screen: from the panel showing it to the submit, not counting
 * time the tab was hidden (a reviewer on a break is not handling the case). The form is keyed
 * by case, so a new case starts a new clock.
 */
export function useHandleTime(): () => number {
  const clock = useRef({ visibleMs: 0, since: 0, visible: true });
  useEffect(() => {
    clock.current = {
      visibleMs: 0,
      since: performance.now(),
      visible: document.visibilityState === 'visible',
    };
    const onChange = () => {
      const c = clock.current;
      const now = performance.now();
      if (c.visible) c.visibleMs += now - c.since;
      c.since = now;
      c.visible = document.visibilityState === 'visible';
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  return () => {
    const c = clock.current;
    return Math.round(c.visibleMs + (c.visible ? performance.now() - c.since : 0));
  };
}
