import { watchBackgrounds } from './background-watch';
import { LAYER, mediaFilterCss, mediaSelectorOf, type MediaScope } from './media-css';
import type { MediaLook } from './media-css';
import { CHANGED, applyLevel, holdPlayback, levelOf, mediaUrl, release } from './media-marks';

/** What the filter needs from storage: where case media is on this page, and the look. */
export interface MediaSetup {
  scopes: MediaScope[];
  look: MediaLook;
}

const STARTED = Symbol.for('caselight.mediaFilter');
/** Until the adapters are read, every medium on the page is case media: safe by default. */
const WHOLE_PAGE: MediaScope[] = [{ ready: 'html' }];
const SAFE_LOOK: MediaLook = { blur: true, greyscale: true };
const OFF_LOOK: MediaLook = { blur: false, greyscale: false };

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback; // an empty selector list, or one this browser does not take
  }
}

/**
 * Case media greyscale and blurred from the first frame, revealed one item at a time. Runs at
 * `document_start`, before the console has parsed anything: the stylesheet goes in at once for
 * the whole page, and narrows to the case area once the stored adapters and settings are read.
 */
export function startMediaFilter(
  doc: Document,
  signal: AbortSignal,
  readSetup: () => Promise<MediaSetup>,
  watchSetup: (onChange: () => void) => () => void,
  watchVerdicts: (onUnfiltered: (url: string) => void) => () => void = () => () => undefined,
): void {
  if (Reflect.get(globalThis, STARTED)) return;
  Reflect.set(globalThis, STARTED, true);
  const win = doc.defaultView!;
  const style = doc.createElement('style');
  style.setAttribute('data-caselight', LAYER);
  const place = () => !style.isConnected && doc.documentElement?.prepend(style);
  let scopes = WHOLE_PAGE;
  let look = SAFE_LOOK;
  let selector = '';
  let playable = '';
  let areas = '';
  // A reveal holds for that media address while the reviewer stays on this case's address.
  let reveals = new Map<string, number>();
  let caseKey = '';
  // This case's address once the team's policy let its media go unfiltered (`case-verdict.ts`);
  // any other address, the next case of a single-page console included, is filtered again.
  let looseAt = '';
  const here = () => win.location.pathname + win.location.search;
  const shown = () => (looseAt && looseAt === here() ? OFF_LOOK : look);
  const full = () => (shown().blur && shown().greyscale ? 2 : 1);
  const savedLevel = (el: Element) => {
    const key = win.location.pathname + win.location.search;
    if (key !== caseKey) [caseKey, reveals] = [key, new Map()];
    return reveals.get(mediaUrl(el)) ?? 0;
  };
  // An empty selector is not tried: it throws, and while the console parses (no scopes read
  // yet, nothing playable) that was two exceptions for every element it added.
  const mark = (el: Element) => {
    if (playable && safely(() => el.matches(playable), false)) holdPlayback(el, false);
    if (selector && safely(() => el.matches(selector), false))
      applyLevel(el, savedLevel(el), full());
  };
  const markWithin = (root: Element | Document) => {
    if (root instanceof Element) mark(root);
    const both = [selector, playable].filter(Boolean).join(', ');
    if (both) safely(() => [...root.querySelectorAll(both)], []).forEach(mark);
  };
  let backgrounds = '';
  const sheets = watchBackgrounds(doc, style, signal, (found) => {
    backgrounds = found;
    apply();
  });
  const scanBackgrounds = (root: ParentNode) => {
    if (scopes === WHOLE_PAGE) return; // the whole page is too much to look through by script
    const inside = root instanceof Element && safely(() => root.closest(areas), null);
    const found = inside ? [root as Element] : safely(() => [...root.querySelectorAll(areas)], []);
    found.forEach(sheets.scanLater);
  };
  const apply = () => {
    // Filters turned off leave no mark on any element: everything is released below.
    const on = shown().blur || shown().greyscale;
    selector = on ? scopes.map((s) => mediaSelectorOf(s, backgrounds)).join(', ') : '';
    areas = scopes.map((s) => s.ready).join(', ');
    // Playback waits for the real case area: a video outside it must not be paused meanwhile.
    playable =
      scopes === WHOLE_PAGE || !on
        ? ''
        : scopes.map((s) => `:where(${s.ready}) :is(video, audio)`).join(', ');
    style.textContent = mediaFilterCss(scopes, shown(), backgrounds);
    place();
    const stale = doc.querySelectorAll(CHANGED);
    stale.forEach((el) => !safely(() => el.matches(selector), false) && release(el));
    scanBackgrounds(doc);
    markWithin(doc);
  };
  apply();

  const observer = new MutationObserver((records) => {
    place();
    // Before any mark, and before the next case's media can paint: its own policy is not known.
    if (looseAt && looseAt !== here()) {
      looseAt = '';
      apply();
    }
    sheets.check(); // before marking: a sheet that came in with these nodes adds selectors
    // One pass per subtree: a node added inside another one of this batch is covered by it.
    const roots = new Set<Element>();
    for (const record of records) {
      const target = record.target as Element;
      if (record.attributeName === 'class') roots.add(target);
      else if (record.type === 'attributes') mark(target);
      for (const node of record.addedNodes) if (node instanceof Element) roots.add(node);
    }
    for (const root of roots) {
      let up = root.parentElement;
      while (up && !roots.has(up)) up = up.parentElement;
      if (up) continue;
      scanBackgrounds(root);
      markWithin(root);
    }
  });
  observer.observe(doc, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['src', 'style', 'class'],
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    style.remove();
    doc.querySelectorAll(CHANGED).forEach(release);
    Reflect.deleteProperty(globalThis, STARTED);
  });

  const filtered = (target: EventTarget | null) => {
    const el = target instanceof Element ? safely(() => target.closest(selector), null) : undefined;
    return el && levelOf(el) < full() ? el : undefined;
  };
  const reveal = (el: Element) => {
    const level = Math.min(levelOf(el) + 1, full());
    reveals.set(mediaUrl(el), level);
    applyLevel(el, level, full());
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
    const first = () => safely(() => [...doc.querySelectorAll(selector)], []).find(filtered);
    const el = filtered(hovered) ?? first();
    if (!el) return;
    event.preventDefault();
    reveal(el);
  });
  // `play` does not bubble; a capturing listener still sees every start.
  listen('play', (event) => {
    const el = event.target as Element;
    if (!safely(() => el.matches(playable), false)) return;
    const activation = Reflect.get(win.navigator, 'userActivation') as { isActive?: boolean };
    holdPlayback(el, activation?.isActive === true);
  });
  // Stylesheets that load after their elements were parsed: looked at once, when all are in.
  win.addEventListener(
    'load',
    () => {
      sheets.check();
      scanBackgrounds(doc);
    },
    { once: true, signal },
  );

  const refresh = () =>
    readSetup().then(
      (setup) => {
        if (signal.aborted) return;
        [scopes, look] = [setup.scopes, setup.look];
        apply();
      },
      () => undefined, // the extension went away under the page: the filter stays as it is
    );
  void refresh();
  signal.addEventListener(
    'abort',
    watchSetup(() => void refresh()),
  );
  const unfiltered = (url: string) => {
    const at = safely(() => new URL(url, win.location.href), null);
    if (!at || at.pathname + at.search !== here() || signal.aborted) return;
    looseAt = here();
    apply();
  };
  signal.addEventListener('abort', watchVerdicts(unfiltered));
}
