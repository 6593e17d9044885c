import type { Adapter, Extraction } from '../adapter';
import { matchesAny } from '../match-pattern';
import type { Case, CaseField } from '../schema';
import { pageValuesOf } from './page-values';
import { readItemIds, readItems } from './read-items';
import { pageValuesFor, readCaseId, readPage } from './read-page';
import { regexFor, selectAll, type Reporter } from './read-rule';
import type { DeclarativeAdapter } from './schema';

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
  const read = readPage(def, doc, report);
  // Only fields the definition asks for can be missing; a console without SLAs is not broken.
  const missing = (Object.keys(read) as (keyof typeof read)[]).filter(
    (field) => def[field] !== undefined && read[field] === undefined,
  ) as CaseField[];
  const page = pageValuesOf(caseId.id, read);
  const { items, total } = readItems(doc, def.items, url, report, page);
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
    // Items are case content wherever they sit, also outside the `ready` element.
    mediaAreas: [def.items.selector],
    mediaSelector: def.items.media && `:is(${def.items.selector}) :is(${def.items.media.selector})`,
    requiredFields: def.required,
    fieldSources: sources,
    extract: (doc, url) => extractDeclarative(def, doc, url),
    locateItem(doc, itemId) {
      const found = selectAll(doc, def.items.selector);
      if (typeof found === 'string') return undefined;
      // The same column read as `readItems`, so nested items and fallbacks give the same ids.
      const ids = readItemIds(doc, found, def.items, pageValuesFor(def, doc));
      const at = ids.indexOf(itemId);
      return at < 0 ? undefined : found[at];
    },
  };
}
