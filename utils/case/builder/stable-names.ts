/**
 * Which ids, classes and attributes are worth putting in a selector that must keep working on
 * the next case page and after the console's next deploy. Build tools mint hashed class names
 * (`css-1x2y3z`, `sc-AxjAm`, `Title_main__3xYz1`), frameworks mint ids (`ember123`, `:r1:`) and
 * records leak into attributes (`data-msg="m-2"`): any of those in a selector breaks silently.
 */

const FRAMEWORK_PREFIX =
  /^(ember|react-|mui-|radix-|headlessui-|ext-gen|yui_|ng-|jsx-|css-|sc-|svelte-|emotion-|chakra-|__)/i;
const TOKEN = /^[A-Za-z_-][\w-]*$/;

function hashedSegment(segment: string): boolean {
  const digits = segment.replace(/\D/g, '').length;
  if (digits >= 2 && /[a-z]/i.test(segment)) return true;
  const upper = segment.replace(/[^A-Z]/g, '').length;
  // Real camelCase words are long and mostly lower case; short mixed-case runs are hashes.
  return (
    segment.length >= 5 &&
    segment.length <= 8 &&
    upper >= 2 &&
    upper * 3 >= segment.length &&
    upper < segment.length
  );
}

/** A name a tool or a record produced rather than a person: never put it in a selector. */
export function looksGenerated(token: string): boolean {
  if (!TOKEN.test(token) || token.length > 60) return true;
  if (FRAMEWORK_PREFIX.test(token) || /\d{3,}/.test(token)) return true;
  const hexRuns = token.match(/[0-9a-f]{5,}/gi) ?? [];
  if (hexRuns.some((run) => /\d/.test(run))) return true;
  return token.split(/[-_]+/).some(hashedSegment);
}

export function stableClass(name: string): boolean {
  return !looksGenerated(name);
}

/** Hand-written and unique: a duplicated id selects the wrong element on some pages. */
export function stableId(id: string, doc: Document): boolean {
  if (looksGenerated(id) || /\d/.test(id)) return false;
  return doc.querySelectorAll(`#${CSS.escape(id)}`).length === 1;
}

/** Attributes written for tests or for meaning; they outlive restyles. */
const PURPOSEFUL = new Set([
  'data-testid',
  'data-test-id',
  'data-test',
  'data-qa',
  'data-cy',
  'data-field',
  'data-role',
  'data-type',
  'data-kind',
  'data-component',
]);
const NAMED = new Set(['role', 'name', 'itemprop', 'aria-label', 'aria-roledescription']);

/** An attribute name whose presence says what an element is (`data-msg`, not `data-v-3f2a1b`). */
export function stableDataName(name: string): boolean {
  if (/^data-(react|ember|v-|ng-|turbo|svelte|styled|emotion)/.test(name)) return false;
  return name.startsWith('data-') && !looksGenerated(name.slice(5));
}

/**
 * Attribute name and value safe for a selector. Any digit in the value suggests a record id or
 * an index (`m-2`, `row-7`), which would pin the selector to this one case. `aria-label` holds
 * per-record text inside messages (`Message from Alice`), so only page-level picks may use it.
 */
export function stableAttr(name: string, value: string, inItem: boolean): boolean {
  if (/\d/.test(value) || value.length > 40) return false;
  if (name === 'aria-label') return !inItem && /^[A-Za-z][A-Za-z ]*$/.test(value);
  // Other data-* values are often state (`data-state="open"`): only their presence is kept.
  if (!PURPOSEFUL.has(name) && !NAMED.has(name)) return false;
  return !looksGenerated(value);
}

export function stableClasses(el: Element): string[] {
  return Array.from(el.classList).filter(stableClass);
}

export function stableDataNames(el: Element): string[] {
  return el.getAttributeNames().filter(stableDataName);
}

export function attrSelector(name: string, value?: string): string {
  if (value === undefined) return `[${CSS.escape(name)}]`;
  return `[${CSS.escape(name)}="${value.replace(/["\\]/g, '\\$&')}"]`;
}

/** Purposeful data attributes outlive role/aria, which outlive class names. */
function rank(part: string): number {
  const name = /^[\w-]+\[([^=\]]+)/.exec(part)?.[1];
  if (!name) return 2;
  return PURPOSEFUL.has(name) ? 0 : 1;
}

/** Simple selectors for one element on its own (`#inbox`, `table.thread`), best first. */
export function ownSelectors(el: Element, doc: Document): string[] {
  const tag = el.localName;
  const parts: string[] = [];
  for (const name of el.getAttributeNames()) {
    const value = el.getAttribute(name) ?? '';
    if (name !== 'class' && name !== 'id' && stableAttr(name, value, false)) {
      parts.push(`${tag}${attrSelector(name, value)}`);
    }
  }
  for (const name of stableClasses(el)) parts.push(`${tag}.${CSS.escape(name)}`);
  parts.sort((a, b) => rank(a) - rank(b));
  return el.id && stableId(el.id, doc) ? [`#${CSS.escape(el.id)}`, ...parts] : parts;
}
