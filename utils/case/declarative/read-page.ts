import type { Party } from '../schema';
import { pageValuesOf } from './page-values';
import { readRule, regexFor, selectAll, toIsoTime, valueOf, type Reporter } from './read-rule';
import type { CaseIdRule, DeclarativeAdapter, FieldRule } from './schema';

/** The fields a case page shows once: its id, subject, status, times and parties. */

type PartyRules = DeclarativeAdapter['reporter'];

function readParty(doc: Document, rules: PartyRules, field: string, report?: Reporter) {
  if (!rules) return undefined;
  const party: Party = {
    name: rules.name && readRule(doc, rules.name, `${field}.name`, report),
    handle: rules.handle && readRule(doc, rules.handle, `${field}.handle`, report),
    id: rules.id && readRule(doc, rules.id, `${field}.id`, report),
  };
  return party.name || party.handle || party.id ? party : undefined;
}

function readTime(doc: Document, rule: FieldRule | undefined, field: string, report?: Reporter) {
  if (!rule) return undefined;
  const value = readRule(doc, rule, field, report);
  const iso = toIsoTime(value);
  if (value && !iso)
    report?.({ field, selector: rule.selector, matched: 1, value, problem: 'is not a date' });
  return iso;
}

/** The case id, or why there is none; two elements claiming it is refused, never guessed. */
export function readCaseId(doc: Document, rule: CaseIdRule, url: URL, report?: Reporter) {
  if (rule.from === 'url') {
    const match = regexFor(rule.regex).exec(url.href);
    const raw = match?.[1] ?? match?.[0];
    const id = raw ? safeDecode(raw) : '';
    report?.({
      field: 'caseId',
      selector: `URL ~ ${rule.regex}`,
      matched: match ? 1 : 0,
      value: id || undefined,
      problem: id ? undefined : 'the URL does not match',
    });
    return id ? { id } : { problem: `The case id pattern ${rule.regex} does not match this URL.` };
  }
  const found = selectAll(doc, rule.selector);
  const values =
    typeof found === 'string' ? [] : found.map((el) => valueOf(el, rule.attribute, rule.regex));
  const id = values.length === 1 ? values[0]! : '';
  const problem =
    typeof found === 'string'
      ? found
      : values.length > 1
        ? `${values.length} elements claim the case id (${rule.selector}); refusing to guess.`
        : !id
          ? `No case id found (${rule.selector}).`
          : undefined;
  report?.({
    field: 'caseId',
    selector: rule.selector,
    matched: values.length,
    value: id || undefined,
    problem,
  });
  return problem ? { problem } : { id };
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The page-level fields the definition names; a rule that finds nothing leaves its field out. */
export function readPage(def: DeclarativeAdapter, doc: Document, report?: Reporter) {
  return {
    subject: def.subject && readRule(doc, def.subject, 'subject', report),
    status: def.status && readRule(doc, def.status, 'status', report),
    queue: def.queue && readRule(doc, def.queue, 'queue', report),
    priority: def.priority && readRule(doc, def.priority, 'priority', report),
    createdAt: readTime(doc, def.createdAt, 'createdAt', report),
    slaDueAt: readTime(doc, def.slaDueAt, 'slaDueAt', report),
    reporter: readParty(doc, def.reporter, 'reporter', report),
    reported: readParty(doc, def.reported, 'reported', report),
  };
}

/**
 * The page values item fallbacks name, for highlighting an item outside a read. Only read
 * when the item ids fall back to one (`locateItem` has no other use for them).
 */
export function pageValuesFor(def: DeclarativeAdapter, doc: Document) {
  if (typeof def.items.id?.fallback !== 'string') return {};
  const caseId = readCaseId(doc, def.caseId, new URL(doc.URL));
  return pageValuesOf(caseId.id, readPage(def, doc));
}
