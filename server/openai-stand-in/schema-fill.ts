/**
 * Produces a value that satisfies a JSON schema in the simplest deterministic way, for the
 * structured-output modes of chat completions and responses. It covers what strict structured
 * outputs allow (objects, arrays, enums, const, anyOf, $ref to $defs) and a few common extras
 * (min/max, minItems, string formats); it is not a general JSON-schema solver.
 */

export type JsonSchema = Record<string, unknown>;

export interface FillContext {
  /** fill a sub-schema, optionally with extra property fillers for that subtree */
  fill(schema: unknown, fillers?: Fillers): unknown;
  /** follow $ref and pick the first non-null anyOf/oneOf variant */
  concrete(schema: unknown): JsonSchema;
}

/** Supplies the value of a property by name; returning undefined falls back to the walker. */
export type Filler = (schema: JsonSchema, ctx: FillContext) => unknown;
export type Fillers = Readonly<Record<string, Filler>>;

const MAX_DEPTH = 12;
const ARRAY_CUTOFF_DEPTH = 6;

export function fillSchema(root: unknown, fillers: Fillers = {}): unknown {
  const rootSchema = asSchema(root);
  const concrete = (schema: unknown): JsonSchema => concreteSchema(asSchema(schema), rootSchema);
  const walk = (schema: unknown, active: Fillers, depth: number): unknown => {
    const s = concrete(schema);
    if (depth > MAX_DEPTH) return null; // recursive $defs: stop rather than loop
    const ctx: FillContext = {
      concrete,
      fill: (sub, extra = {}) => walk(sub, { ...active, ...extra }, depth + 1),
    };
    if ('const' in s) return s.const;
    if (Array.isArray(s.enum) && s.enum.length > 0)
      return s.enum.find((v) => v !== null) ?? s.enum[0];
    switch (primaryType(s)) {
      case 'object': {
        const props = asSchema(s.properties);
        const out: Record<string, unknown> = {};
        for (const [name, propSchema] of Object.entries(props)) {
          const filler = active[name];
          const custom = filler ? filler(concrete(propSchema), ctx) : undefined;
          out[name] = custom !== undefined ? custom : walk(propSchema, active, depth + 1);
        }
        return out;
      }
      case 'array': {
        const max = typeof s.maxItems === 'number' ? s.maxItems : Infinity;
        const min = typeof s.minItems === 'number' ? s.minItems : 0;
        // One element shows the shape; deep down, empty arrays end recursive definitions.
        const count = Math.min(max, Math.max(depth >= ARRAY_CUTOFF_DEPTH ? 0 : 1, min));
        return Array.from({ length: count }, () => walk(s.items, active, depth + 1));
      }
      case 'number':
        return clampNumber(s, 0.5);
      case 'integer':
        return Math.ceil(clampNumber(s, 0));
      case 'boolean':
        return false;
      case 'null':
        return null;
      default:
        return fillString(s);
    }
  };
  return walk(rootSchema, fillers, 0);
}

export function concreteSchema(schema: JsonSchema, root: JsonSchema, hops = 0): JsonSchema {
  if (typeof schema.$ref === 'string' && hops < MAX_DEPTH) {
    return concreteSchema(resolvePointer(root, schema.$ref), root, hops + 1);
  }
  const variants = Array.isArray(schema.anyOf)
    ? schema.anyOf
    : Array.isArray(schema.oneOf)
      ? schema.oneOf
      : undefined;
  if (variants && variants.length > 0 && hops < MAX_DEPTH) {
    const nonNull = variants.map(asSchema).find((v) => v.type !== 'null') ?? asSchema(variants[0]);
    return concreteSchema(nonNull, root, hops + 1);
  }
  return schema;
}

export function clampNumber(schema: JsonSchema, preferred: number): number {
  const min = num(schema.minimum) ?? num(schema.exclusiveMinimum);
  const max = num(schema.maximum) ?? num(schema.exclusiveMaximum);
  let value = preferred;
  if (min !== undefined && value < min) value = min;
  if (max !== undefined && value > max) value = max;
  return value;
}

function primaryType(s: JsonSchema): string {
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const named = types.find((t): t is string => typeof t === 'string' && t !== 'null');
  if (named) return named;
  if (types.includes('null')) return 'null';
  if (s.properties) return 'object';
  if (s.items) return 'array';
  return 'string';
}

function fillString(s: JsonSchema): string {
  const byFormat: Record<string, string> = {
    'date-time': '2024-01-01T00:00:00Z',
    date: '2024-01-01',
    email: 'reviewer@example.com',
    uri: 'https://example.com/',
    uuid: '00000000-0000-4000-8000-000000000000',
  };
  let text = (typeof s.format === 'string' && byFormat[s.format]) || 'stand-in text';
  const minLength = num(s.minLength) ?? 0;
  while (text.length < minLength) text += ' text';
  const maxLength = num(s.maxLength);
  return maxLength !== undefined ? text.slice(0, maxLength) : text;
}

function resolvePointer(root: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith('#')) return {};
  const parts = ref.slice(1).split('/').filter(Boolean);
  let node: unknown = root;
  for (const raw of parts) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = asSchema(node)[key];
  }
  return asSchema(node);
}

export function asSchema(value: unknown): JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as JsonSchema)
    : {};
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
