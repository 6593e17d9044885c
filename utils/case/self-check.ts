import type { Adapter, Extraction } from './adapter';

/**
 * Runs an adapter and turns a read that lacks a required field into a failure naming the
 * field, its source and the URL: a console redesign must be reported, never shown as a
 * half-read case. Extraction errors (a selector the browser rejects) are reported too.
 */
export function extractChecked(adapter: Adapter, doc: Document, url: URL): Extraction {
  let extraction: Extraction;
  try {
    extraction = adapter.extract(doc, url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `Adapter "${adapter.name}" failed on this page: ${reason}` };
  }
  if (!extraction.ok) return extraction;
  const broken = adapter.requiredFields.filter((field) => extraction.missing.includes(field));
  if (broken.length === 0) return extraction;
  const named = broken.map((field) => {
    const source = adapter.fieldSources?.[field];
    return source ? `${field} (${source})` : field;
  });
  const page = `${url.origin}${url.pathname}`;
  return {
    ok: false,
    broken,
    problem: `Adapter "${adapter.name}" could not read ${named.join(', ')} on ${page}: the console may have changed. Ask your policy lead to update the adapter.`,
  };
}
