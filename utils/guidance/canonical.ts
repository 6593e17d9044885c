/**
 * JSON with object keys sorted at every level and no whitespace, so a pack has one byte form
 * whatever order its author's tool wrote the keys in: that form is what gets signed. The same
 * rule as the case API's request fingerprints (`server/decisions/canonical-json.ts`), kept here
 * without `node:crypto` so the extension can use it.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const entries = Object.entries(inner).toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}
