import { MAX_ITEMS_READ } from '../limits';
import { isHidden } from '../read-dom';
import type { CaseItem, Media } from '../schema';
import { selectAll, toIsoTime, valueOf, type Reporter } from './read-rule';
import type { FieldRule, ItemsRule } from './schema';

const ROLES = new Set<CaseItem['role']>(['reporter', 'reported', 'agent', 'system', 'other']);

function roleOf(value: string | undefined, map: Record<string, CaseItem['role']> | undefined) {
  const key = (value ?? '').toLowerCase();
  const mapped = map?.[key];
  if (mapped) return mapped;
  return ROLES.has(key as CaseItem['role']) ? (key as CaseItem['role']) : 'other';
}

/**
 * Every visible match of `selector` inside the items, grouped by the item that holds it.
 * One query over the document instead of one per item: in Chromium a scoped query with a
 * combinator costs time in proportion to the page, so per-item queries made a 5,000-message
 * thread quadratic. (A scoped query is the document-wide one restricted to descendants, so
 * the result is the same.)
 */
function matchesByItem(doc: Document, items: Element[], selector: string): Element[][] {
  const byItem: Element[][] = items.map(() => []);
  if (selector === ':scope') {
    items.forEach((item, index) => byItem[index]!.push(item));
    return byItem;
  }
  const index = new Map(items.map((item, i) => [item, i] as const));
  let found: NodeListOf<Element>;
  try {
    found = doc.querySelectorAll(selector);
  } catch {
    return byItem;
  }
  for (const el of found) {
    for (let at = el.parentElement; at; at = at.parentElement) {
      const owner = index.get(at);
      if (owner === undefined) continue;
      if (!isHidden(el)) byItem[owner]!.push(el);
      break;
    }
  }
  return byItem;
}

function readColumn(doc: Document, items: Element[], rule: FieldRule | undefined) {
  if (!rule) return undefined;
  return matchesByItem(doc, items, rule.selector).map((els) =>
    els[0] ? valueOf(els[0], rule.attribute, rule.regex) || undefined : undefined,
  );
}

function readMedia(els: Element[], attribute: string, base: URL, prefix: string): Media[] {
  return els.flatMap((media, index) => {
    const src = media.getAttribute(attribute);
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

/** "Test on this tab": one line per sub-field, e.g. "author: matched in 3 of 40 items". */
type ColumnName = 'id' | 'author' | 'role' | 'time' | 'text';

function reportColumns(
  report: Reporter,
  rule: ItemsRule,
  columns: Record<ColumnName, (string | undefined)[] | undefined>,
) {
  for (const name of Object.keys(columns) as ColumnName[]) {
    const values = columns[name];
    const subRule = rule[name];
    if (!values || !subRule) continue;
    const count = values.filter(Boolean).length;
    const problem =
      count < values.length ? `matched in ${count} of ${values.length} items` : undefined;
    const value = values.find(Boolean);
    report({ field: `items.${name}`, selector: subRule.selector, matched: count, value, problem });
  }
}

/** Reads the items in page order, capped at `MAX_ITEMS_READ`. */
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
  const shown = found.slice(0, MAX_ITEMS_READ);
  const columns = {
    id: readColumn(doc, shown, rule.id),
    author: readColumn(doc, shown, rule.author),
    role: readColumn(doc, shown, rule.role),
    time: readColumn(doc, shown, rule.time),
    text: readColumn(doc, shown, rule.text),
  };
  if (report) reportColumns(report, rule, columns);
  const media = rule.media ? matchesByItem(doc, shown, rule.media.selector) : undefined;
  const items = shown.map((_, i): CaseItem => {
    const id = columns.id?.[i] || `item-${i + 1}`;
    return {
      id,
      author: columns.author?.[i] || 'unknown',
      role: roleOf(columns.role?.[i], rule.role?.map),
      time: toIsoTime(columns.time?.[i]),
      text: columns.text?.[i] ?? '',
      media: media ? readMedia(media[i]!, rule.media!.attribute, base, id) : [],
    };
  });
  return { items, total: found.length };
}
