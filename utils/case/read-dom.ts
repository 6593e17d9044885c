/**
 * Small DOM readers shared by adapters. Hostile or messy pages are the norm: text is
 * normalised (zero-width characters dropped, whitespace collapsed) and hidden or template
 * content is ignored, while right-to-left text is kept exactly as written.
 */

const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

export function normaliseText(raw: string): string {
  return raw.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

export function isHidden(el: Element): boolean {
  return el.closest('template, [hidden], [aria-hidden="true"]') !== null;
}

/** Visible elements matching `selector` under `root`, in document order. */
export function visibleAll(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => !isHidden(el));
}

/**
 * The first visible match, or undefined when there is none. `querySelector` stops at the first
 * match, where `querySelectorAll` walks the whole subtree: for a field above a long thread
 * that is the difference between a few elements and thousands. All matches are looked at only
 * when the first one is hidden.
 */
export function visibleOne(root: ParentNode, selector: string): Element | undefined {
  const first = root.querySelector(selector);
  if (first === null) return undefined;
  return isHidden(first) ? visibleAll(root, selector)[0] : first;
}

export function textOf(root: ParentNode, selector: string): string | undefined {
  const el = visibleOne(root, selector);
  const text = el ? normaliseText(el.textContent ?? '') : '';
  return text || undefined;
}

/** An ISO time from a `<time datetime>` (or any attribute), only if it parses. */
export function timeOf(root: ParentNode, selector: string, attr = 'datetime'): string | undefined {
  const value = visibleOne(root, selector)?.getAttribute(attr);
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
