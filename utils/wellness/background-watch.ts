import { backgroundRules } from './background-rules';
import { backgroundMarksOf } from './media-marks';

const MAX_SCANNED = 3000;

/** The console's selectors of elements with a sheet background image, and with one on `::before`/`::after`. */
export interface PageBackgrounds {
  elements: string;
  pseudo: string;
}

/** Rule count of every readable sheet: a sheet loaded or a rule inserted (CSS-in-JS) moves it. */
function signatureOf(doc: Document): string {
  let rules = 0;
  for (const sheet of doc.styleSheets) {
    try {
      rules += sheet.cssRules.length;
    } catch {
      rules += 0.5; // unreadable; counted so a second one still changes the signature
    }
  }
  return `${doc.styleSheets.length}:${rules}`;
}

/**
 * Follows the console's stylesheets and hands the selectors of its background-image rules to
 * `onChange` (for our stylesheet; pseudo-element ones apart), checked once per mutation batch and when a sheet loads, which
 * is before the console paints with it. Elements styled by a sheet we cannot read (another
 * origin) are found by script as before, but in idle time and reading all styles before marking
 * any, so it forces one style recalculation, not one per element.
 */
export function watchBackgrounds(
  doc: Document,
  own: HTMLStyleElement,
  signal: AbortSignal,
  onChange: (found: PageBackgrounds) => void,
) {
  const win = doc.defaultView!;
  let signature = '';
  let last = '';
  let unreadable = false;
  const check = () => {
    const now = signatureOf(doc);
    if (now === signature) return;
    signature = now;
    const found = backgroundRules(doc, own.sheet);
    unreadable = found.unreadable;
    const next: PageBackgrounds = {
      elements: found.selectors.join(', '),
      pseudo: found.pseudo.join(', '),
    };
    const key = `${next.elements}\n${next.pseudo}`;
    if (key === last) return;
    last = key;
    onChange(next);
  };
  const pending = new Set<Element>();
  const idle = (run: () => void) =>
    'requestIdleCallback' in win ? win.requestIdleCallback(run, { timeout: 500 }) : setTimeout(run);
  const scan = () => {
    const all = [...pending].flatMap((root) => [root, ...root.querySelectorAll('*')]);
    pending.clear();
    if (signal.aborted) return;
    // Every read before any write: one style recalculation for the lot.
    const marks = all.slice(0, MAX_SCANNED).map((el) => [el, backgroundMarksOf(el)] as const);
    for (const [el, names] of marks) for (const name of names) el.setAttribute(name, '');
  };
  /** Elements in the case area to look at once idle, while some sheet cannot be read. */
  const scanLater = (root: Element) => {
    if (!unreadable) return;
    if (!pending.size) idle(scan);
    pending.add(root);
  };
  doc.addEventListener('load', check, { capture: true, signal }); // a <link> sheet came in
  return { check, scanLater };
}
