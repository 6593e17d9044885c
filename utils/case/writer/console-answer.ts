/**
 * What a console said when it refused a request, in its own words: consoles put them in
 * different places (Redmine `errors: [...]`, Zendesk `error`/`description`, Freshdesk
 * `errors: [{field, message}]`, Jira `errorMessages` and `errors: {field: message}`), so the
 * common places are read in turn (Jira Service Management's own API says `errorMessage`, and
 * Zendesk names the fields at fault under `details`). A body that is not JSON gives its first
 * line of text.
 */
const MAX_MESSAGE = 300;

function texts(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.message === 'string')
      return [record.field ? `${String(record.field)}: ${record.message}` : record.message];
    return Object.entries(record).flatMap(([key, inner]) =>
      texts(inner).map((text) => (/^\d+$/.test(key) ? text : `${key}: ${text}`)),
    );
  }
  return [];
}

export function consoleMessage(bodyText: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    const line = bodyText
      .replace(/<[^>]*>/g, ' ')
      .trim()
      .split('\n')[0]
      ?.trim();
    return line ? line.slice(0, MAX_MESSAGE) : undefined;
  }
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const found = [
    ...texts(record.errorMessages),
    ...texts(record.errorMessage),
    ...texts(record.errors),
    ...texts(record.error),
    ...texts(record.description),
    ...texts(record.details),
    ...texts(record.message),
  ];
  const unique = [...new Set(found)];
  return unique.length ? unique.join('; ').slice(0, MAX_MESSAGE) : undefined;
}
