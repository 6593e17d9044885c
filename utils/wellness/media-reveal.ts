import { applyLevel, hasPseudoImage, holdPlayback, levelOf, mediaUrl } from './media-marks';
import type { MediaTargets } from './media-targets';
import { matches, safely } from './media-targets';

/**
 * How far the reviewer revealed each media address, kept while they stay on this case's
 * address: a console that rebuilds an element gets the same reveal back, the next case none.
 */
export function revealMemory(win: Window) {
  let reveals = new Map<string, number>();
  let caseKey = '';
  const current = () => {
    const key = win.location.pathname + win.location.search;
    if (key !== caseKey) [caseKey, reveals] = [key, new Map()];
    return reveals;
  };
  return {
    // Nothing revealed yet: no address to read (for a background, a style read per element).
    savedLevel: (el: Element) => (current().size ? (current().get(mediaUrl(el)) ?? 0) : 0),
    remember: (el: Element, level: number) => current().set(mediaUrl(el), level),
  };
}

/**
 * A click on a filtered medium, or Alt+Shift+U, reveals it one step (the blur, then the
 * colour); a video or audio plays only once the reviewer starts it.
 */
export function listenForReveals(
  doc: Document,
  signal: AbortSignal,
  targets: MediaTargets,
  memory: ReturnType<typeof revealMemory>,
): void {
  const win = doc.defaultView!;
  const filtered = (target: EventTarget | null) => {
    const el =
      target instanceof Element ? safely(() => target.closest(targets.selector), null) : null;
    if (!el || levelOf(el) >= targets.full) return undefined;
    // An element counted for its `::before`/`::after` only takes clicks while one shows an image.
    return matches(el, targets.own) || hasPseudoImage(el) ? el : undefined;
  };
  const reveal = (el: Element) => {
    const level = Math.min(levelOf(el) + 1, targets.full);
    memory.remember(el, level);
    applyLevel(el, level, targets.full);
  };
  const listen = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
  ) => doc.addEventListener(type, handler, { capture: true, signal });
  // Only the reviewer's own click or key counts: a page can dispatch events, never trusted ones.
  listen('click', (event) => {
    const el = event.isTrusted ? filtered(event.target) : undefined;
    if (!el) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    reveal(el);
  });
  let hovered: EventTarget | null = null;
  listen('pointerover', (event) => (hovered = event.target));
  // Alt+Shift+U reveals the medium under the pointer one step, else the first one still filtered.
  listen('keydown', (event) => {
    if (!event.isTrusted || !event.altKey || !event.shiftKey || event.code !== 'KeyU') return;
    const first = () =>
      safely(() => [...doc.querySelectorAll(targets.selector)], []).find(filtered);
    const el = filtered(hovered) ?? first();
    if (!el) return;
    event.preventDefault();
    reveal(el);
  });
  // `play` does not bubble; a capturing listener still sees every start.
  listen('play', (event) => {
    const el = event.target as Element;
    if (!matches(el, targets.playable)) return;
    const activation = Reflect.get(win.navigator, 'userActivation') as { isActive?: boolean };
    holdPlayback(el, activation?.isActive === true);
  });
}
