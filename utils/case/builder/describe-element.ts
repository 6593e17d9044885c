import { normaliseText } from '../read-dom';
import { stableClasses, stableDataNames } from './stable-names';

/**
 * The first `max`+ characters of text only: the picker describes the hovered element on every
 * pointer move, and a hovered thread container can hold megabytes of text.
 */
function leadingText(el: Element, max: number): string {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let text = '';
  while (normaliseText(text).length <= max && walker.nextNode()) {
    text += ` ${walker.currentNode.nodeValue ?? ''}`;
  }
  return normaliseText(text);
}

/** `tr.msg[data-msg] "Hi, my order never…"`: enough for a lead to recognise what they picked. */
export function describeElement(el: Element): string {
  const classes = stableClasses(el)
    .slice(0, 2)
    .map((c) => `.${c}`);
  const names = stableDataNames(el)
    .slice(0, 2)
    .map((n) => `[${n}]`);
  const text = leadingText(el, 40);
  const sample = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const label = `${el.localName}${classes.join('')}${names.join('')}`;
  return sample ? `${label} "${sample}"` : label;
}

const TIME_NAME = /^(datetime|title|aria-label|data-.*(time|date|stamp|created|sent|-ts$|-at$))/;
const ID_VALUE = /^[\w:.-]{1,80}$/;

/**
 * A date the reader's `Date.parse` accepts, and that looks like one: V8 also "parses" strings
 * such as `Message 2`, so a year or a month name must be there too.
 */
function looksLikeTime(value: string): boolean {
  if (!/\b\d{4}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(value)) {
    return false;
  }
  return !Number.isNaN(Date.parse(value));
}

/**
 * Attributes worth reading instead of the text: consoles show "3 hours ago" and keep the real
 * time in `title` or `datetime`, and keep a message's id in `data-*` rather than on screen.
 */
export function attributeSuggestions(el: Element): { attribute: string; value: string }[] {
  const times: { attribute: string; value: string }[] = [];
  const ids: { attribute: string; value: string }[] = [];
  for (const attribute of el.getAttributeNames()) {
    const value = (el.getAttribute(attribute) ?? '').trim();
    if (!value || value.length > 200) continue;
    if (TIME_NAME.test(attribute) && looksLikeTime(value)) times.push({ attribute, value });
    else if (
      (attribute === 'id' || attribute.startsWith('data-')) &&
      ID_VALUE.test(value) &&
      /\d/.test(value)
    ) {
      ids.push({ attribute, value });
    }
  }
  return [...times, ...ids];
}
