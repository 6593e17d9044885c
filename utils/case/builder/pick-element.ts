import { describeElement } from './describe-element';
import { createPickOverlay } from './pick-overlay';

/**
 * Point-and-click element picking on a live console page. The page is hostile: it can dispatch
 * synthetic events (ignored: only `isTrusted` input counts) and has its own click handlers and
 * links (blocked in the capture phase while picking, so a pick never archives or navigates).
 */
export interface PickOptions {
  signal: AbortSignal;
  hint: string;
  /** Only elements inside one of these (e.g. the messages, for an item's author) can be picked. */
  within?: Element[];
}

/** The parts of a DOM event the picker reads; real events fit, and so do test doubles. */
export interface PickEvent {
  readonly type: string;
  readonly isTrusted: boolean;
  readonly target: EventTarget | null;
  readonly key?: string;
  readonly clientX?: number;
  readonly clientY?: number;
  preventDefault(): void;
  stopImmediatePropagation(): void;
}

export interface PickSession {
  readonly result: Promise<Element | undefined>;
  readonly host: Element;
  handle(event: PickEvent): void;
}

const POINTER = ['pointermove', 'mousemove'];
const BLOCKED = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'contextmenu'];
const EVENTS = [...POINTER, ...BLOCKED, 'click', 'keydown', 'scroll'];

function asElement(target: EventTarget | null | undefined): Element | undefined {
  const node = target as Node | null | undefined;
  return node?.nodeType === 1 ? (node as Element) : undefined;
}

/** Keeps the page's own handlers (and link navigation, focus, drag) from seeing the input. */
function block(event: PickEvent) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export function createPickSession(doc: Document, options: PickOptions): PickSession {
  const { within, signal } = options;
  const overlay = createPickOverlay(doc, options.hint, within);
  const view = doc.defaultView;
  let resolve!: (picked: Element | undefined) => void;
  const result = new Promise<Element | undefined>((r) => (resolve = r));
  /** stack[0] is the element under the pointer; ArrowUp pushes ancestors to widen the pick. */
  let stack: Element[] = [];
  let done = false;

  const allowed = (el: Element) => !within || within.some((w) => w.contains(el));
  // Our own UI (this overlay, the Caselight dock) must stay clickable and never be picked.
  const ours = (el: Element) => el === overlay.host || el.localName.startsWith('caselight-');

  function underPointer(event: PickEvent): Element | undefined {
    let el = asElement(event.target);
    if ((!el || el === overlay.host) && event.clientX !== undefined) {
      el = doc.elementFromPoint(event.clientX, event.clientY ?? 0) ?? undefined;
    }
    return el && el !== overlay.host ? el : undefined;
  }

  function render() {
    const target = stack.at(-1);
    overlay.draw({
      target,
      allowed: !target || allowed(target),
      detail: target ? describeElement(target) : '',
    });
  }

  function finish(picked: Element | undefined) {
    if (done) return;
    done = true;
    for (const type of EVENTS) view?.removeEventListener(type, listener, true);
    signal.removeEventListener('abort', abort);
    overlay.remove();
    resolve(picked);
  }

  function onKey(event: PickEvent) {
    const current = stack.at(-1);
    if (event.key === 'Escape') {
      block(event);
      return finish(undefined);
    }
    if (!current) return;
    if (event.key === 'Enter' && allowed(current)) {
      block(event);
      return finish(current);
    }
    if (event.key === 'ArrowUp') {
      const parent = current.parentElement;
      block(event);
      if (parent && parent !== doc.body && parent !== doc.documentElement && allowed(parent)) {
        stack.push(parent);
      }
    } else if (event.key === 'ArrowDown') {
      block(event);
      if (stack.length > 1) stack.pop();
    }
    render();
  }

  function handle(event: PickEvent) {
    if (done || !event.isTrusted) return;
    if (event.type === 'keydown') return onKey(event);
    if (event.type === 'scroll') return render();
    const el = underPointer(event);
    if (!el || ours(el)) return;
    if (POINTER.includes(event.type)) {
      if (el !== stack[0]) stack = [el];
      return render();
    }
    block(event);
    if (event.type !== 'click') return;
    // Clicking where ArrowUp widened the pick takes the wider element.
    const picked = el === stack[0] ? stack.at(-1)! : el;
    if (allowed(picked)) return finish(picked);
    stack = [el];
    render();
  }

  const listener = (event: Event) => handle(event);
  const abort = () => finish(undefined);
  for (const type of EVENTS) view?.addEventListener(type, listener, true);
  signal.addEventListener('abort', abort, { once: true });
  if (signal.aborted) finish(undefined);
  return { result, host: overlay.host, handle };
}

/**
 * Lets the lead click one element of the console: resolves with it, or `undefined` on Escape or
 * when `signal` aborts. Listeners and overlay are always removed before the promise settles.
 */
export function pickElement(doc: Document, options: PickOptions): Promise<Element | undefined> {
  return createPickSession(doc, options).result;
}
