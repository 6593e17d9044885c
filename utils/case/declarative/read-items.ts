import { MAX_CASE_ITEMS } from '../limits';
import type { CaseItem, Media } from '../schema';
import { readRule, selectAll, toIsoTime, valueOf, type Reporter } from './read-rule';
import type { ItemsRule } from './schema';

const ROLES = new Set<CaseItem['role']>(['reporter', 'reported', 'agent', 'system', 'other']);

function roleOf(value: string | undefined, map: Record<string, CaseItem['role']> | undefined) {
  const key = (value ?? '').toLowerCase();
  const mapped = map?.[key];
  if (mapped) return mapped;
  return ROLES.has(key as CaseItem['role']) ? (key as CaseItem['role']) : 'other';
}

function readMedia(el: Element, rule: ItemsRule['media'], base: URL, prefix: string): Media[] {
  if (!rule) return [];
  const found = selectAll(el, rule.selector);
  if (typeof found === 'string') return [];
  return found.flatMap((media, index) => {
    const src = media.getAttribute(rule.attribute);
    if (!src) return [];
    let url: string;
    try {
      url = new URL(src, base).href;
    } catch {
      return [];
    }
    const alt = valueOf(media, 'alt') || undefined;
    return [{ id: `${prefix}-media-${index}`, kind: 'image' as const, url, alt }];
  });
}

/**
 * Tallies sub-field results across items, so "Test on this tab" says "author: matched in 3 of
 * 40 items" instead of forty lines.
 */
function tally(report: Reporter | undefined, rule: ItemsRule, elements: Element[]) {
  if (!report) return undefined;
  const hits = new Map<string, number>();
  const samples = new Map<string, string>();
  const itemReporter: Reporter = (r) => {
    if (r.value) {
      hits.set(r.field, (hits.get(r.field) ?? 0) + 1);
      if (!samples.has(r.field)) samples.set(r.field, r.value);
    }
  };
  const flush = () => {
    const sub = {
      id: rule.id,
      author: rule.author,
      role: rule.role,
      time: rule.time,
      text: rule.text,
    };
    for (const [name, subRule] of Object.entries(sub)) {
      if (!subRule) continue;
      const field = `items.${name}`;
      const count = hits.get(field) ?? 0;
      const problem =
        count < elements.length ? `matched in ${count} of ${elements.length} items` : undefined;
      report({
        field,
        selector: subRule.selector,
        matched: count,
        value: samples.get(field),
        problem,
      });
    }
  };
  return { itemReporter, flush };
}

/** Reads the items in page order, capped at `MAX_CASE_ITEMS`. */
export function readItems(doc: Document, rule: ItemsRule, base: URL, report?: Reporter) {
  const found = selectAll(doc, rule.selector);
  if (typeof found === 'string') {
    report?.({ field: 'items', selector: rule.selector, matched: 0, problem: found });
    return { items: [] as CaseItem[], total: 0 };
  }
  report?.({
    field: 'items',
    selector: rule.selector,
    matched: found.length,
    value: found.length ? `${found.length} items` : undefined,
    problem: found.length ? undefined : 'matched nothing',
  });
  const counter = tally(report, rule, found);
  const sub = counter?.itemReporter;
  const items = found.slice(0, MAX_CASE_ITEMS).map((el, index): CaseItem => {
    const id = (rule.id && readRule(el, rule.id, 'items.id', sub)) || `item-${index + 1}`;
    return {
      id,
      author: (rule.author && readRule(el, rule.author, 'items.author', sub)) || 'unknown',
      role: roleOf(rule.role && readRule(el, rule.role, 'items.role', sub), rule.role?.map),
      time: rule.time ? toIsoTime(readRule(el, rule.time, 'items.time', sub)) : undefined,
      text: readRule(el, rule.text, 'items.text', sub) ?? '',
      media: readMedia(el, rule.media, base, id),
    };
  });
  counter?.flush();
  return { items, total: found.length };
}
