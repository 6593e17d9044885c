/**
 * What the picker draws: a box over the candidate element and a label saying what to click.
 * It lives in a closed shadow root (the console can neither read the hint nor our styles) on a
 * host that lets every pointer event through, so hit-testing still finds the page's element.
 */
export interface PickView {
  target: Element | undefined;
  /** False when `within` is set and the pointer is outside every allowed element. */
  allowed: boolean;
  detail: string;
}

export interface PickOverlay {
  readonly host: HTMLElement;
  draw(view: PickView): void;
  remove(): void;
}

// Inline !important beats any page stylesheet, so the console cannot hide or shift the overlay
// (a transform or filter on the host would make its fixed children relative to it).
const HOST_STYLE: Record<string, string> = {
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  'pointer-events': 'none',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  contain: 'none',
  'clip-path': 'none',
};

const SHADOW_HTML = `<style>
  :host { all: initial; }
  * { pointer-events: none !important; box-sizing: border-box; }
  [hidden] { display: none !important; }
  .box { position: fixed; border: 2px solid #2563eb; background: rgba(37,99,235,.12); border-radius: 3px; }
  .box.refused { border: 2px dashed #dc2626; background: rgba(220,38,38,.08); }
  .zone { position: fixed; outline: 2px dashed rgba(37,99,235,.45); outline-offset: -1px; }
  .label { position: fixed; max-width: 320px; padding: 6px 8px; border-radius: 6px; user-select: none;
    background: #111827; color: #f9fafb; font: 12px/1.4 system-ui, sans-serif;
    box-shadow: 0 2px 8px rgba(0,0,0,.3); }
  .label > * { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .what { color: #93c5fd; font-family: ui-monospace, monospace; }
  small { color: #9ca3af; font-size: 11px; }
</style><div class="zones"></div><div class="box" hidden></div>
<div class="label"><b></b><span class="what"></span>
<small>Esc to cancel · ↑ wider · ↓ narrower · click or Enter to pick</small></div>`;

const LABEL_HEIGHT = 64;
const MAX_ZONES = 200;

function place(
  el: HTMLElement,
  at: { top: number; left: number; width?: number; height?: number },
) {
  el.style.top = `${at.top}px`;
  el.style.left = `${at.left}px`;
  if (at.width !== undefined) el.style.width = `${at.width}px`;
  if (at.height !== undefined) el.style.height = `${at.height}px`;
}

export function createPickOverlay(doc: Document, hint: string, within?: Element[]): PickOverlay {
  const host = doc.createElement('caselight-picker');
  for (const [name, value] of Object.entries(HOST_STYLE)) {
    host.style.setProperty(name, value, 'important');
  }
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = SHADOW_HTML;
  const q = (selector: string) => shadow.querySelector<HTMLElement>(selector)!;
  const [zones, box, label, title, what] = [
    q('.zones'),
    q('.box'),
    q('.label'),
    q('b'),
    q('.what'),
  ];
  const view = doc.defaultView;

  /** Faint outlines on the messages a sub-field must be inside, only those on screen. */
  function drawZones(show: boolean) {
    const outlines: HTMLElement[] = [];
    for (const el of show ? (within ?? []).slice(0, 5 * MAX_ZONES) : []) {
      const rect = el.getBoundingClientRect();
      if (rect.bottom < 0 || rect.top > (view?.innerHeight ?? 0) || !rect.width) continue;
      const zone = doc.createElement('div');
      zone.className = 'zone';
      place(zone, rect);
      if (outlines.push(zone) >= MAX_ZONES) break;
    }
    zones.replaceChildren(...outlines);
  }

  function draw({ target, allowed, detail }: PickView) {
    // Some consoles sweep unknown nodes off <html>; put the overlay back rather than vanish.
    if (!host.isConnected) doc.documentElement.append(host);
    title.textContent = allowed ? hint : 'Pick inside a highlighted message';
    what.textContent = detail;
    drawZones(!allowed && !!within);
    box.hidden = !target;
    if (!target) return place(label, { top: 8, left: 8 });
    const rect = target.getBoundingClientRect();
    place(box, rect);
    box.classList.toggle('refused', !allowed);
    const height = view?.innerHeight ?? 0;
    const below = rect.bottom + 6 + LABEL_HEIGHT < height;
    const top = below ? rect.bottom + 6 : Math.max(4, rect.top - LABEL_HEIGHT - 6);
    const left = Math.min(Math.max(4, rect.left), Math.max(4, (view?.innerWidth ?? 0) - 324));
    place(label, { top, left });
  }

  doc.documentElement.append(host);
  draw({ target: undefined, allowed: true, detail: '' });
  return { host, draw, remove: () => host.remove() };
}
