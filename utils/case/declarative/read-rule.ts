import { elementText, normaliseLines, normaliseText, visibleAll } from '../read-dom';
import type { FieldRule } from './schema';

/**
 * What one rule found on the page, for "Test on this tab": how many elements the selector
 * matched and what value came out, so a lead sees at once which selector needs work.
 */
export interface RuleReport {
  field: string;
  selector: string;
  matched: number;
  value?: string;
  problem?: string;
  /** Where an item field's fallback filled in, e.g. "reported.name (Jo) for 3 of 40 items". */
  fallback?: string;
}

export type Reporter = (report: RuleReport) => void;

const compiled = new Map<string, RegExp>();

/** Rules come from stored, validated definitions; compiling each regex once keeps 5,000-item reads fast. */
export function regexFor(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    compiled.set(key, re);
  }
  return re;
}

/** A selector written relative to the element it is run on, as the picker writes item fields. */
export const usesScope = (selector: string) => selector.includes(':scope');

/**
 * Visible matches, or the browser's complaint about the selector. Under an element, `:scope`
 * is that element: `:scope` alone (or `:scope[data-id]`) matches the element itself (an item
 * whose whole text is the message), which querySelectorAll never returns.
 */
export function selectAll(root: ParentNode, selector: string): Element[] | string {
  try {
    const found = visibleAll(root, selector);
    if (root instanceof Element && usesScope(selector) && root.matches(selector))
      found.unshift(root);
    return found;
  } catch {
    return `"${selector}" is not a selector this browser accepts`;
  }
}

/** The element's text (or attribute), one line unless `lines` (message text keeps its breaks). */
export function valueOf(el: Element, attribute: string | undefined, regex?: string, lines = false) {
  const raw = attribute ? normaliseText(el.getAttribute(attribute) ?? '') : elementText(el, lines);
  if (!regex || !raw) return raw;
  // Over message text `.` also matches line breaks, as it did when all text was one line.
  const match = regexFor(regex, lines ? 's' : '').exec(raw);
  const found = match ? (match[1] ?? match[0]) : '';
  return lines ? normaliseLines(found) : normaliseText(found);
}

/** Reads one value: the first visible match; more than one is reported, not refused. */
export function readRule(
  root: ParentNode,
  rule: FieldRule,
  field: string,
  report?: Reporter,
): string | undefined {
  const found = selectAll(root, rule.selector);
  if (typeof found === 'string') {
    report?.({ field, selector: rule.selector, matched: 0, problem: found });
    return undefined;
  }
  const value = found[0] ? valueOf(found[0], rule.attribute, rule.regex) : '';
  if (report) {
    const problem =
      found.length === 0
        ? 'matched nothing'
        : !value
          ? `matched, but ${rule.attribute ? `attribute ${rule.attribute}` : 'its text'}${rule.regex ? ' (after the regex)' : ''} is empty`
          : found.length > 1
            ? `matched ${found.length} elements; the first is used`
            : undefined;
    report({
      field,
      selector: rule.selector,
      matched: found.length,
      value: value || undefined,
      problem,
    });
  }
  return value || undefined;
}

/** An ISO time from a rule's value, only if it parses as a date. */
export function toIsoTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
