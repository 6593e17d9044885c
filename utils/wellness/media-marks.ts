import { BACKGROUND_ATTR, PSEUDO_ATTR, REVEAL_ATTR } from './media-css';

/**
 * What CSS alone cannot do for one media element in the case: stop playback and sound, hold an
 * animated image still, move a console's inline `!important` filter aside, and put back how far
 * the reviewer revealed the same media earlier in this case (the console may rebuild elements).
 */

const PAGE_FILTER_ATTR = 'data-caselight-page-filter';
const FROZEN_ATTR = 'data-caselight-frozen';
/** Elements this module changed; the ones that are no case media any more get `release`d. */
export const CHANGED = `[${PAGE_FILTER_ATTR}], [${FROZEN_ATTR}], [${REVEAL_ATTR}]`;
const ANIMATED = /\.(gif|webp|apng|avif)(?:[?#]|$)/i;
/** Media the reviewer started themself; the filter leaves its playback alone from then on. */
const started = new WeakSet<Element>();

const isPlayable = (el: Element): el is HTMLMediaElement => el instanceof HTMLMediaElement;

const urlIn = (value = '') => /url\(["']?([^"')]*)/.exec(value)?.[1];
const PSEUDOS = ['::before', '::after'] as const;

/** The image a generated `::before`/`::after` shows, if any (reads style only). */
function pseudoImage(el: Element): string | undefined {
  for (const part of PSEUDOS) {
    const style = getComputedStyle(el, part);
    if (style.content === 'none' || style.content === 'normal') continue;
    const url = urlIn(style.backgroundImage) ?? urlIn(style.content);
    if (url !== undefined) return url;
  }
  return undefined;
}

/** Whether the element has a generated `::before`/`::after` showing an image. */
export const hasPseudoImage = (el: Element) => pseudoImage(el) !== undefined;

/** The media's address, the key a reveal is kept under within the case. */
export function mediaUrl(el: Element): string {
  if (el instanceof HTMLImageElement) return el.currentSrc || el.src;
  if (el instanceof HTMLVideoElement) return el.currentSrc || el.src || el.poster;
  const bg = (el as HTMLElement).style?.backgroundImage || getComputedStyle(el).backgroundImage;
  return urlIn(bg) ?? pseudoImage(el) ?? '';
}

/** Silences media that is playing or about to, unless the reviewer started it. */
export function holdPlayback(el: Element, userStarted: boolean): void {
  if (!isPlayable(el) || started.has(el)) return;
  if (userStarted) {
    started.add(el);
    el.muted = false;
    return;
  }
  el.autoplay = false;
  el.muted = true;
  if (!el.paused) el.pause();
}

/**
 * The marks an element needs so the CSS filters images a sheet we cannot read gives it or its
 * `::before`/`::after` (reads style only, so a caller can read all before writing any).
 */
export function backgroundMarksOf(el: Element): string[] {
  if (!(el instanceof HTMLElement)) return [];
  const marks: string[] = [];
  if (!el.hasAttribute(BACKGROUND_ATTR) && getComputedStyle(el).backgroundImage.includes('url('))
    marks.push(BACKGROUND_ATTR);
  if (!el.hasAttribute(PSEUDO_ATTR) && hasPseudoImage(el)) marks.push(PSEUDO_ATTR);
  return marks;
}

/** An inline `filter: … !important` outranks our layer; it comes back once fully revealed. */
function moveInlineFilter(el: Element): void {
  const style = (el as HTMLElement).style;
  if (!style || style.getPropertyPriority('filter') !== 'important') return;
  el.setAttribute(PAGE_FILTER_ATTR, style.getPropertyValue('filter'));
  style.removeProperty('filter');
}

function restoreInlineFilter(el: Element): void {
  const saved = el.getAttribute(PAGE_FILTER_ATTR);
  if (saved === null) return;
  el.removeAttribute(PAGE_FILTER_ATTR);
  (el as HTMLElement).style.setProperty('filter', saved, 'important');
}

/**
 * A still of an animated image's current frame shown in its place (`content`), while it is not
 * fully revealed. A cross-origin image cannot be read back; that one stays blurred and moving.
 */
function freeze(img: HTMLImageElement): void {
  if (!ANIMATED.test(img.currentSrc || img.src) || img.hasAttribute(FROZEN_ATTR)) return;
  if (!img.complete) {
    img.addEventListener('load', () => levelOf(img) < 2 && freeze(img), { once: true });
    return;
  }
  try {
    const canvas = img.ownerDocument.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    canvas.getContext('2d')?.drawImage(img, 0, 0);
    img.style.setProperty('content', `url(${canvas.toDataURL()})`, 'important');
    img.setAttribute(FROZEN_ATTR, '');
  } catch {
    // Tainted by a cross-origin source: nothing to read; the blur still covers it.
  }
}

/** 0 filtered, 1 unblurred (still grey), 2 shown as the console shows it. */
export const levelOf = (el: Element) => Number(el.getAttribute(REVEAL_ATTR) ?? 0);

/** Puts an element at a reveal level; `full` is the level that shows it whole (1 when only one filter is on). */
export function applyLevel(el: Element, level: number, full = 2): void {
  const revealed = level >= full;
  if (level <= 0) el.removeAttribute(REVEAL_ATTR);
  else el.setAttribute(REVEAL_ATTR, revealed ? '2' : String(level));
  if (revealed) restoreInlineFilter(el);
  else moveInlineFilter(el);
  if (!(el instanceof HTMLImageElement)) return;
  if (!revealed) freeze(el);
  else if (el.hasAttribute(FROZEN_ATTR)) {
    el.removeAttribute(FROZEN_ATTR);
    el.style.removeProperty('content');
  }
}

/** Gives an element back as the console made it (it left the case area, or the filter stopped). */
export function release(el: Element): void {
  applyLevel(el, 2, 2);
  el.removeAttribute(REVEAL_ATTR);
}
