import { browser } from 'wxt/browser';
import type { BuilderAnswers, BuilderMessage, PickResult } from './builder-messages';
import { pickElement } from './builder/pick-element';
import {
  attributeSuggestions,
  describeElement,
  itemsSelectorFor,
  selectorFor,
} from './builder/selector-for';
import { selectAll, type RuleReport } from './declarative/read-rule';
import { extractDeclarative } from './declarative/to-adapter';
import { normaliseText } from './read-dom';

const STARTED = Symbol.for('caselight.adapterBuilder');

async function pick(
  doc: Document,
  message: Extract<BuilderMessage, { type: 'builder:pick' }>,
  signal: AbortSignal,
): Promise<BuilderAnswers['builder:pick']> {
  let items: Element[] | undefined;
  if (message.kind === 'item-field') {
    const found = message.itemsSelector ? selectAll(doc, message.itemsSelector) : [];
    items = typeof found === 'string' ? [] : found;
    if (!items.length) throw new Error('Pick the messages first: their selector matches nothing.');
  }
  const el = await pickElement(doc, { signal, hint: message.hint, within: items });
  if (!el) return { cancelled: true };
  let picked: PickResult;
  if (message.kind === 'items') {
    const { selector, count } = repeatedAncestor(el, doc);
    picked = { selector, count, sample: describeElement(el), attributes: [] };
  } else if (message.kind === 'item-field') {
    const item = items!.find((candidate) => candidate.contains(el))!;
    const selector = selectorFor(el, item);
    const count = items!.filter((candidate) => countMatches(candidate, selector) > 0).length;
    picked = { selector, count, sample: sample(el), attributes: attributeSuggestions(el) };
  } else {
    const selector = selectorFor(el, doc);
    picked = {
      selector,
      count: countMatches(doc, selector),
      sample: sample(el),
      attributes: attributeSuggestions(el),
    };
  }
  return { picked };
}

/**
 * A lead clicking "one message" usually hits its text or a cell inside it: the message is the
 * nearest element, going up, that repeats like its siblings.
 */
function repeatedAncestor(el: Element, doc: Document) {
  for (let at: Element | null = el; at && at !== doc.body; at = at.parentElement) {
    const found = itemsSelectorFor(at, doc);
    if (found.count >= 2) return found;
  }
  return itemsSelectorFor(el, doc);
}

const sample = (target: Element) => normaliseText(target.textContent ?? '').slice(0, 120);

/** Visible matches; a selector the browser rejects matches nothing. */
function countMatches(root: ParentNode, selector: string): number {
  const found = selectAll(root, selector);
  return typeof found === 'string' ? 0 : found.length;
}

/**
 * Answers the background's builder messages in this tab: test a draft adapter against the
 * live page, or let the lead point at an element. Only this extension can send to it.
 */
export function startAdapterBuilder(doc: Document): void {
  if (Reflect.get(globalThis, STARTED)) return;
  Reflect.set(globalThis, STARTED, true);
  let picking: AbortController | undefined;

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const message = raw as BuilderMessage;
    switch (message.type) {
      case 'builder:ping':
        return Promise.resolve({ ok: true, url: doc.location.href });
      case 'builder:cancel':
        picking?.abort();
        return Promise.resolve({ ok: true });
      case 'builder:test': {
        const reports: RuleReport[] = [];
        const url = new URL(doc.location.href);
        const extraction = extractDeclarative(message.definition, doc, url, (r) => reports.push(r));
        return Promise.resolve({ url: url.href, extraction, reports });
      }
      case 'builder:pick':
        picking?.abort();
        picking = new AbortController();
        return pick(doc, message, picking.signal);
      default:
        return undefined;
    }
  });
}
