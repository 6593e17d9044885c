import { normaliseText, visibleAll } from '../read-dom';
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
}

export type Reporter = (report: RuleReport) => void;

const compiled = new Map<string, RegExp>();

/** Rules come from stored, validated definitions; compiling each regex once keeps 5,000-item reads fast. */
export function regexFor(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source);
    compiled.set(source, re);
  }
  return re;
}

/**
 * Visible matches, or the browser's complaint about the selector. `:scope` alone means the
 * element itself (an item whose whole text is the message), which querySelectorAll never returns.
 */
export function selectAll(root: ParentNode, selector: string): Element[] | string {
  if (selector === ':scope' && root instanceof Element) return [root];
  try {
    return visibleAll(root, selector);
  } catch {
    return `"${selector}" is not a selector this browser accepts`;
  }
}

export function valueOf(el: Element, attribute: string | undefined, regex?: string): string {
  const raw = normaliseText((attribute ? el.getAttribute(attribute) : el.textContent) ?? '');
  if (!regex || !raw) return raw;
  const match = regexFor(regex).exec(raw);
  return match ? normaliseText(match[1] ?? match[0]) : '';
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
