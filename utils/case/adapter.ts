import type { Case, CaseField } from './schema';

/**
 * What an adapter makes of a page. `missing` names the fields the page did not yield, so the
 * panel can say so instead of showing a half-read case as if it were whole. `broken` names the
 * required fields that matched nothing: the console changed under the adapter (self-check).
 */
export type Extraction =
  | { ok: true; case: Case; missing: CaseField[]; truncatedFrom?: number }
  | { ok: false; problem: string; broken?: CaseField[] };

export interface Adapter {
  /** Stable id, recorded on every case as `console`. */
  id: string;
  name: string;
  /** Match patterns of the pages this adapter reads (also the content-script matches). */
  matches: string[];
  /** URLs the adapter was tested on; the fixture test walks them. */
  exampleUrls: string[];
  /** Whether this URL is a case page at all; other console pages get no panel. */
  isCasePage(url: URL): boolean;
  /** Selector of the element whose presence means the case is in the DOM. */
  readySelector: string;
  /** Fields without which a read is a broken page, not a case (the self-check). */
  requiredFields: CaseField[];
  /** Where each field is read from, named in self-check messages ("items (tr.msg)"). */
  fieldSources?: Partial<Record<CaseField, string>>;
  /**
   * Case media beyond what sits inside `readySelector` (the wellness filters blur all images,
   * videos and canvases there): other elements holding case content, and media elements.
   */
  mediaAreas?: string[];
  mediaSelector?: string;
  /** Reads the case from the page. Takes the document so tests can hand it a fixture. */
  extract(doc: Document, url: URL): Extraction;
  /** The page element of one item, for highlighting it; undefined when it is not shown. */
  locateItem(doc: Document, itemId: string): Element | undefined;
}

export function defineAdapter(adapter: Adapter): Adapter {
  return adapter;
}
