import type { Adapter, Extraction } from '../adapter';
import { matchesAny } from '../match-pattern';
import type { Case, CaseField, Party } from '../schema';
import { readItems } from './read-items';
import { readRule, regexFor, selectAll, toIsoTime, valueOf, type Reporter } from './read-rule';
import type { CaseIdRule, DeclarativeAdapter, FieldRule } from './schema';

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
function readCaseId(doc: Document, rule: CaseIdRule, url: URL, report?: Reporter) {
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

/** Reads the case the way the definition says; `report` collects what each rule found. */
export function extractDeclarative(
  def: DeclarativeAdapter,
  doc: Document,
  url: URL,
  report?: Reporter,
): Extraction {
  const views = selectAll(doc, def.ready);
  if (typeof views === 'string') return { ok: false, problem: views };
  report?.({
    field: 'ready',
    selector: def.ready,
    matched: views.length,
    problem:
      views.length === 1
        ? undefined
        : views.length
          ? 'matched more than one element'
          : 'matched nothing',
  });
  if (views.length > 1)
    return { ok: false, problem: `Two case views (${def.ready}) on one page; refusing to guess.` };
  const caseId = readCaseId(doc, def.caseId, url, report);
  if (caseId.problem !== undefined) return { ok: false, problem: caseId.problem };
  const read = {
    subject: def.subject && readRule(doc, def.subject, 'subject', report),
    status: def.status && readRule(doc, def.status, 'status', report),
    queue: def.queue && readRule(doc, def.queue, 'queue', report),
    priority: def.priority && readRule(doc, def.priority, 'priority', report),
    createdAt: readTime(doc, def.createdAt, 'createdAt', report),
    slaDueAt: readTime(doc, def.slaDueAt, 'slaDueAt', report),
    reporter: readParty(doc, def.reporter, 'reporter', report),
    reported: readParty(doc, def.reported, 'reported', report),
  };
  // Only fields the definition asks for can be missing; a console without SLAs is not broken.
  const missing = (Object.keys(read) as (keyof typeof read)[]).filter(
    (field) => def[field] !== undefined && read[field] === undefined,
  ) as CaseField[];
  const { items, total } = readItems(doc, def.items, url, report);
  if (total === 0) missing.push('items');
  const found: Case = { id: caseId.id!, console: def.id, url: url.href, ...read, items };
  return {
    ok: true,
    case: found,
    missing,
    truncatedFrom: total > items.length ? total : undefined,
  };
}

export function toAdapter(def: DeclarativeAdapter): Adapter {
  const casePage = def.casePageUrl ?? (def.caseId.from === 'url' ? def.caseId.regex : undefined);
  const sources: Adapter['fieldSources'] = { items: def.items.selector };
  for (const field of ['subject', 'status', 'queue', 'priority', 'createdAt', 'slaDueAt'] as const)
    if (def[field]) sources[field] = def[field].selector;
  return {
    id: def.id,
    name: def.name,
    matches: def.matches,
    exampleUrls: def.exampleUrls,
    isCasePage: (url) =>
      matchesAny(def.matches, url) && (!casePage || regexFor(casePage).test(url.href)),
    readySelector: def.ready,
    requiredFields: def.required,
    fieldSources: sources,
    extract: (doc, url) => extractDeclarative(def, doc, url),
    locateItem(doc, itemId) {
      const found = selectAll(doc, def.items.selector);
      if (typeof found === 'string') return undefined;
      return found.find((el, index) => {
        const id = def.items.id && readRule(el, def.items.id, 'id');
        return (id || `item-${index + 1}`) === itemId;
      });
    },
  };
}
