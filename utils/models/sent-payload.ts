/**
 * The request body as the SDK sends it (compact JSON), for the panel's "What was sent". Inline
 * images are the one exception: a data: URL is shown by type and size, since megabytes of
 * base64 tell a reviewer nothing and would bloat every cached assessment.
 */

/** Bodies past this are cut with a marker; the cut is never silent. */
const MAX_BODY_CHARS = 200_000;

export function describeBody(body: unknown): string {
  const text = JSON.stringify(body, (_key, value: unknown) => {
    if (typeof value !== 'string' || !value.startsWith('data:')) return value;
    const comma = value.indexOf(',');
    const bytes = Math.floor(((value.length - comma - 1) * 3) / 4);
    return `${value.slice(0, comma + 1)}… (${bytes} bytes, not shown)`;
  });
  if (text.length <= MAX_BODY_CHARS) return text;
  return `${text.slice(0, MAX_BODY_CHARS)}… (${text.length - MAX_BODY_CHARS} more characters not shown)`;
}
