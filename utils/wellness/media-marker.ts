import type { MediaTargets } from './media-targets';
import { matches, safely } from './media-targets';
import { CHANGED, applyLevel, holdPlayback, release } from './media-marks';

/**
 * Puts the per-element marks (`media-marks.ts`) on the case media of a subtree: playback held,
 * the reveal level the reviewer chose earlier in this case, and elements styled by a sheet we
 * cannot read handed to the idle scan.
 */
export function mediaMarker(
  doc: Document,
  targets: MediaTargets,
  savedLevel: (el: Element) => number,
  scanLater: (root: Element) => void,
) {
  const mark = (el: Element) => {
    if (matches(el, targets.playable)) holdPlayback(el, false);
    if (matches(el, targets.selector)) applyLevel(el, savedLevel(el), targets.full);
  };
  const markWithin = (root: Element | Document) => {
    if (root instanceof Element) mark(root);
    const both = [targets.selector, targets.playable].filter(Boolean).join(', ');
    if (both) safely(() => [...root.querySelectorAll(both)], []).forEach(mark);
  };
  const scanBackgrounds = (root: ParentNode) => {
    if (targets.wholePage) return;
    const inside = root instanceof Element && safely(() => root.closest(targets.areas), null);
    const found = inside
      ? [root as Element]
      : safely(() => [...root.querySelectorAll(targets.areas)], []);
    found.forEach(scanLater);
  };
  /** Gives back elements that are no case media any more (another case, or filters off). */
  const releaseStale = () =>
    doc.querySelectorAll(CHANGED).forEach((el) => !matches(el, targets.selector) && release(el));
  return { mark, markWithin, scanBackgrounds, releaseStale };
}
