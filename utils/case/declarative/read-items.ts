import { MAX_ITEMS_READ } from '../limits';
import type { CaseItem, Media } from '../schema';
import { fillColumn, reportColumn, resolveFallback, type Column, type Usable } from './item-column';
import { firstByItem, matchesByItem } from './match-items';
import type { PageValues } from './page-values';
import { selectAll, toIsoTime, valueOf, type Reporter } from './read-rule';
import type { FieldRule, ItemFieldRule, ItemRoleRule, ItemsRule } from './schema';

const ROLES = new Set<CaseItem['role']>(['reporter', 'reported', 'agent', 'system', 'other']);

function roleOf(value: string | undefined, map: Record<string, CaseItem['role']> | undefined) {
  const key = (value ?? '').toLowerCase();
  const mapped = map?.[key];
  if (mapped) return mapped;
  return ROLES.has(key as CaseItem['role']) ? (key as CaseItem['role']) : 'other';
}

/** What the items are read from: the page, the items shown, and its page-level values. */
interface Thread {
  doc: Document;
  items: Element[];
  page: PageValues;
}

const present: Usable = (value) => value || undefined;

/** Each item's own value: the first visible match of the rule's selector within the item. */
function ownValues(thread: Thread, rule: Partial<FieldRule>, lines = false) {
  if (!rule.selector) return thread.items.map(() => undefined);
  return firstByItem(thread.doc, thread.items, rule.selector).map((el) =>
    el ? valueOf(el, rule.attribute, rule.regex, lines) || undefined : undefined,
  );
}

function readField(
  thread: Thread,
  name: 'id' | 'author' | 'role' | 'time',
  rule: ItemFieldRule | ItemRoleRule | undefined,
  usable: Usable,
  report?: Reporter,
): Column | undefined {
  if (!rule) return undefined;
  const field = `items.${name}`;
  const fallback = resolveFallback(thread.doc, rule.fallback, thread.page, field, report);
  const column = fillColumn(ownValues(thread, rule), usable, fallback);
  if (report) reportColumn(report, field, rule.selector, column, fallback);
  return column;
}

/**
 * Item ids, `item-N` where there is none. A fallback (the case id of a one-post case) gives
 * every item the same value, so a repeat gets its position appended to stay unique.
 */
function idsOf(thread: Thread, rule: ItemFieldRule | undefined, report?: Reporter): string[] {
  const column = readField(thread, 'id', rule, present, report);
  const filled = new Set(column?.filled);
  const seen = new Set<string>();
  return thread.items.map((_, i) => {
    let id = column?.values[i] || `item-${i + 1}`;
    if (filled.has(i) && seen.has(id)) id = `${id}-${i + 1}`;
    seen.add(id);
    return id;
  });
}

/** The ids `readItems` gives these items, so highlighting finds the item a panel names. */
export function readItemIds(doc: Document, items: Element[], rule: ItemsRule, page: PageValues) {
  return idsOf({ doc, items, page }, rule.id);
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

/** Reads the items in page order, capped at `MAX_ITEMS_READ`. */
export function readItems(
  doc: Document,
  rule: ItemsRule,
  base: URL,
  report?: Reporter,
  page: PageValues = {},
) {
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
  const items = found.slice(0, MAX_ITEMS_READ);
  const thread: Thread = { doc, items, page };
  const map = rule.role?.map;
  const ids = idsOf(thread, rule.id, report);
  const author = readField(thread, 'author', rule.author, present, report);
  const role = readField(
    thread,
    'role',
    rule.role,
    (value, literal) => (!value ? undefined : literal ? value : roleOf(value, map)),
    report,
  );
  const time = readField(thread, 'time', rule.time, toIsoTime, report);
  // Message text alone keeps its line breaks; it has no fallback.
  const text = fillColumn(ownValues(thread, rule.text, true), present, undefined);
  if (report) reportColumn(report, 'items.text', rule.text.selector, text, undefined);
  const media = rule.media && matchesByItem(doc, items, rule.media.selector);
  const read = ids.map((id, i): CaseItem => ({
    id,
    author: author?.values[i] || 'unknown',
    role: (role?.values[i] as CaseItem['role'] | undefined) ?? 'other',
    time: time?.values[i],
    text: text.values[i] ?? '',
    media: media ? readMedia(media[i]!, rule.media!.attribute, base, id) : [],
  }));
  return { items: read, total: found.length };
}
