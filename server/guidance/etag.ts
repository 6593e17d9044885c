/**
 * `If-None-Match` against one ETag, as RFC 9110 §13.1.2 says: a list of tags or `*`, compared
 * weakly (a `W/` prefix is ignored), since a client may have been handed either form.
 */
const bare = (tag: string) => tag.trim().replace(/^W\//, '');

export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const target = bare(etag);
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => bare(tag) === target);
}
