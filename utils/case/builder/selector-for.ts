import { finder } from '@medv/finder';
import { visibleAll } from '../read-dom';
import {
  attrSelector,
  ownSelectors,
  stableAttr,
  stableClass,
  stableClasses,
  stableDataNames,
  stableId,
} from './stable-names';

export { attributeSuggestions, describeElement } from './describe-element';

/**
 * Selectors for what a lead clicked while building an adapter. They must survive the next case
 * page and the console's next deploy, so hashed classes, framework ids and per-record values
 * are never used (see stable-names.ts), and position (`:nth-of-type`) comes last.
 */

// finder explores combinations of ancestors; on a deep console page that can take seconds.
const FINDER_BUDGET_MS = 300;

function isDocument(root: Element | Document): root is Document {
  return root.nodeType === 9;
}

function selectsOnly(root: Element | Document, selector: string, el: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** Always unique: the position path down from `root`, for markup with nothing better. */
function positionPath(el: Element, root: Element | Document): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    const tag = node.localName;
    const index = parent ? Array.from(parent.children).filter((c) => c.localName === tag) : [];
    steps.unshift(parent ? `${tag}:nth-of-type(${index.indexOf(node) + 1})` : tag);
  }
  return (isDocument(root) ? '' : ':scope > ') + steps.join(' > ');
}

/**
 * A selector matching only `el` under `root`. With an element root (one message) the result is
 * run under every message, so ids (per record, or duplicated in every message) are not used.
 */
export function selectorFor(el: Element, root: Element | Document): string {
  if (el === root) return ':scope';
  if (!root.contains(el)) throw new Error('selectorFor: the element is not inside root');
  const inItem = !isDocument(root);
  const doc = isDocument(root) ? root : root.ownerDocument;
  const run = (classes: boolean): string | undefined => {
    try {
      return finder(el, {
        root: isDocument(root) ? root.documentElement : root,
        idName: (id) => !inItem && stableId(id, doc),
        className: (name) => classes && stableClass(name),
        attr: (name, value) => stableAttr(name, value, inItem),
        timeoutMs: FINDER_BUDGET_MS,
      });
    } catch {
      return undefined;
    }
  };
  // finder ranks classes above attributes; a test hook or hand-written id outlives a restyle,
  // so try without classes first when the element carries one (or has no usable class).
  const ownHook =
    (!inItem && !!el.id && stableId(el.id, doc)) ||
    el
      .getAttributeNames()
      .some((n) => n !== 'id' && stableAttr(n, el.getAttribute(n) ?? '', inItem));
  const found = [...(ownHook || !stableClasses(el).length ? [run(false)] : []), run(true)];
  const valid = found.filter((s): s is string => !!s && selectsOnly(root, s, el));
  return valid.find((s) => !s.includes(':nth-')) ?? valid.at(-1) ?? positionPath(el, root);
}

function sameSet(found: NodeListOf<Element>, like: Element[]): boolean {
  return found.length === like.length && Array.from(found).every((el) => like.includes(el));
}

/** Selectors for `el` and the siblings that are the same kind of thing, simplest first. */
function itemParts(el: Element, like: Element[]): string[] {
  const tag = el.localName;
  const classes = stableClasses(el).filter((c) => like.every((s) => s.classList.contains(c)));
  const names = stableDataNames(el).filter((n) => like.every((s) => s.hasAttribute(n)));
  const role = el.getAttribute('role');
  const sharedRole = role && like.every((s) => s.getAttribute('role') === role);
  return [
    ...classes.map((c) => `${tag}.${CSS.escape(c)}`),
    ...names.map((n) => `${tag}${attrSelector(n)}`),
    ...(sharedRole && stableAttr('role', role, true)
      ? [`${tag}${attrSelector('role', role)}`]
      : []),
    tag +
      classes.map((c) => `.${CSS.escape(c)}`).join('') +
      names.map((n) => attrSelector(n)).join(''),
    tag,
  ];
}

/**
 * From ONE clicked message, a selector for every message of the thread: the clicked element's
 * tag plus what it shares with its like siblings (class names, data attribute *names*, never
 * per-record values), under the nearest ancestor that can be named stably.
 */
export function itemsSelectorFor(el: Element, doc: Document): { selector: string; count: number } {
  const parent = el.parentElement;
  if (!parent || parent === doc.documentElement) {
    const selector = selectorFor(el, doc);
    return { selector, count: visibleAll(doc, selector).length };
  }
  const sameTag = Array.from(parent.children).filter((s) => s.localName === el.localName);
  // Siblings of the same tag but another kind (a `tr.note` among `tr.msg`) are not messages.
  // Class names say what a row is better than data attributes, which libraries add to everything.
  const classes = stableClasses(el);
  const names = stableDataNames(el);
  const like = classes.length
    ? sameTag.filter((s) => classes.some((c) => s.classList.contains(c)))
    : sameTag.filter((s) => !names.length || names.some((n) => s.hasAttribute(n)));
  const parts = itemParts(el, like);
  const pick = (selector: string) => ({ selector, count: visibleAll(doc, selector).length });
  let box: Element | null = parent;
  for (let level = 0; box && box !== doc.body && level < 8; level++, box = box.parentElement) {
    for (const container of ownSelectors(box, doc)) {
      for (const part of parts) {
        for (const join of box === parent ? [' ', ' > '] : [' ']) {
          const selector = `${container}${join}${part}`;
          if (sameSet(doc.querySelectorAll(selector), like)) return pick(selector);
        }
      }
    }
  }
  return pick(`${selectorFor(parent, doc)} > ${parts[0]}`);
}
