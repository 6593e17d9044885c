import { watchBackgrounds, type PageBackgrounds } from './background-watch';
import { LAYER, mediaFilterCss, type MediaLook, type MediaScope } from './media-css';
import { mediaMarker } from './media-marker';
import { CHANGED, release } from './media-marks';
import { observeMedia } from './media-observe';
import { listenForReveals, revealMemory } from './media-reveal';
import { noTargets, targetsOf } from './media-targets';

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

/**
 * Case media greyscale and blurred from the first frame, revealed one item at a time. Runs at
 * `document_start`, before the console has parsed anything: the stylesheet goes in at once for
 * the whole page, and narrows to the case area once the stored adapters and settings are read.
 * The marks (`media-marker.ts`), the observer (`media-observe.ts`) and the reveals
 * (`media-reveal.ts`) share the selectors of `media-targets.ts`, rewritten here.
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
  let backgrounds: PageBackgrounds = { elements: '', pseudo: '' };
  // This case's address once the team's policy let its media go unfiltered (`case-verdict.ts`);
  // any other address, the next case of a single-page console included, is filtered again.
  let looseAt = '';
  const here = () => win.location.pathname + win.location.search;
  const shown = () => (looseAt && looseAt === here() ? OFF_LOOK : look);
  const targets = noTargets();
  const memory = revealMemory(win);
  const sheets = watchBackgrounds(doc, style, signal, (found) => {
    backgrounds = found;
    apply();
  });
  const marker = mediaMarker(doc, targets, memory.savedLevel, sheets.scanLater);
  function apply() {
    const { blur, greyscale } = shown();
    const full = blur && greyscale ? 2 : 1;
    Object.assign(
      targets,
      targetsOf(scopes, blur || greyscale, full, scopes === WHOLE_PAGE, backgrounds),
    );
    style.textContent = mediaFilterCss(scopes, shown(), backgrounds.elements, backgrounds.pseudo);
    place();
    marker.releaseStale();
    marker.scanBackgrounds(doc);
    marker.markWithin(doc);
  }
  apply();

  observeMedia(doc, signal, {
    batch: () => {
      place();
      // Before any mark, and before the next case's media can paint: its own policy is not known.
      if (looseAt && looseAt !== here()) {
        looseAt = '';
        apply();
      }
      sheets.check(); // before marking: a sheet that came in with these nodes adds selectors
    },
    changed: marker.mark,
    added: (root) => {
      marker.scanBackgrounds(root);
      marker.markWithin(root);
    },
    loaded: () => {
      sheets.check();
      marker.scanBackgrounds(doc);
    },
  });
  listenForReveals(doc, signal, targets, memory);
  signal.addEventListener('abort', () => {
    style.remove();
    doc.querySelectorAll(CHANGED).forEach(release);
    Reflect.deleteProperty(globalThis, STARTED);
  });

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
    const at = URL.canParse(url, win.location.href) ? new URL(url, win.location.href) : null;
    if (!at || at.pathname + at.search !== here() || signal.aborted) return;
    looseAt = here();
    apply();
  };
  signal.addEventListener('abort', watchVerdicts(unfiltered));
}
