import type { SqlParams } from './store';

export interface PositionalQuery {
  text: string;
  /** Parameter names in `$1, $2…` order (a name used twice is bound once). */
  names: string[];
}

// String literals, quoted identifiers and comments are copied as they are; only `@name`
// outside them is a parameter. The `::` of a Postgres cast is never an `@`, so it is safe.
const TOKENS = /'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|@([A-Za-z_]\w*)/g;

const compiled = new Map<string, PositionalQuery>();

/** `WHERE id = @id` becomes `WHERE id = $1`, for drivers that bind by position. Cached. */
export function toPositional(sql: string): PositionalQuery {
  let query = compiled.get(sql);
  if (query) return query;
  const names: string[] = [];
  const text = sql.replace(TOKENS, (token, name: string | undefined) => {
    if (name === undefined) return token;
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  query = { text, names };
  compiled.set(sql, query);
  return query;
}

/** The values for `query`, refusing a missing name (a typo would otherwise bind NULL). */
export function bindValues(query: PositionalQuery, params: SqlParams = {}): unknown[] {
  return query.names.map((name) => {
    if (!(name in params)) throw new Error(`No value for SQL parameter @${name}`);
    return params[name];
  });
}
