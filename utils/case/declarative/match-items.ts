import { isHidden } from '../read-dom';
import { usesScope } from './read-rule';

/**
 * Visible matches of a selector inside the items, grouped by the item that holds them; a match
 * inside a reply nested in a post belongs to the reply (the innermost item).
 *
 * A selector without `:scope` is one query over the document: in Chromium a scoped query with
 * a combinator costs time in proportion to the page, so per-item queries made a 5,000-message
 * thread quadratic. (A scoped query is the document-wide one restricted to descendants, so the
 * result is the same.) A selector with `:scope` (`:scope > .content .body`, as the picker
 * writes them) means something only relative to an item, so each item is queried itself:
 * `Element.querySelectorAll` takes `:scope` to be that element.
 */
export function matchesByItem(doc: Document, items: Element[], selector: string): Element[][] {
  // The item itself (`id` from an attribute, or an item whose whole text is the message).
  if (selector === ':scope') return items.map((item) => [item]);
  const index = indexOf(items);
  try {
    return usesScope(selector)
      ? items.map((item, i) => scopedMatches(item, i, index, selector))
      : documentMatches(doc, items.length, index, selector);
  } catch {
    return items.map(() => []);
  }
}

/**
 * The first visible match in each item: what a field reads. With `:scope`, `querySelector`
 * per item saves building and walking a list of matches, which is most of a per-item query's
 * cost; all matches are looked at only when the first is hidden or in a nested item.
 */
export function firstByItem(doc: Document, items: Element[], selector: string) {
  if (selector === ':scope' || !usesScope(selector))
    return matchesByItem(doc, items, selector).map((els) => els[0]);
  const index = indexOf(items);
  try {
    return items.map((item, i) => {
      if (item.matches(selector)) return item;
      const el = item.querySelector(selector);
      if (!el || (!isHidden(el) && ownerOf(el, index) === i)) return el ?? undefined;
      return scopedMatches(item, i, index, selector)[0];
    });
  } catch {
    return items.map(() => undefined);
  }
}

const indexOf = (items: Element[]) => new Map(items.map((item, i) => [item, i] as const));

/** The index of the nearest item above `el`. */
function ownerOf(el: Element, index: Map<Element, number>): number | undefined {
  for (let at = el.parentElement; at; at = at.parentElement) {
    const owner = index.get(at);
    if (owner !== undefined) return owner;
  }
  return undefined;
}

function documentMatches(
  doc: Document,
  count: number,
  index: Map<Element, number>,
  selector: string,
): Element[][] {
  const byItem: Element[][] = Array.from({ length: count }, () => []);
  for (const el of doc.querySelectorAll(selector)) {
    const owner = ownerOf(el, index);
    if (owner !== undefined && !isHidden(el)) byItem[owner]!.push(el);
  }
  return byItem;
}

/**
 * The item itself when it matches (`:scope.unread`), then its descendants. A match inside a
 * nested item is left to that item's own query, which reads it relative to the right `:scope`.
 */
function scopedMatches(item: Element, i: number, index: Map<Element, number>, selector: string) {
  const own = item.matches(selector) ? [item] : [];
  for (const el of item.querySelectorAll(selector))
    if (ownerOf(el, index) === i && !isHidden(el)) own.push(el);
  return own;
}
