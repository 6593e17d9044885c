import { renderText, type TemplateValues } from './template';

/**
 * Reading a value out of a console's JSON answer: `issue.journals[-1].id`,
 * `statuses[name=Resolved].id`, `journals[notes~={{marker}}].id` (`~=` is "contains").
 * A deliberately small language (fields, indexes, one equality or containment filter per
 * step) parsed once and walked over plain data: nothing is evaluated, so a writer can never
 * run code. A full JSONPath library would add script filters we would have to switch off.
 */

export type PathStep =
  | { kind: 'field'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'filter'; key: string[]; op: '=' | '~='; value: string };

const FIELD = /^[A-Za-z0-9_$@-]+$/;

/** Parses a path; throws with a message naming what is wrong. */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  let at = 0;
  while (at < path.length) {
    if (path[at] === '[') {
      const end = path.indexOf(']', at);
      if (end < 0) throw new Error(`"[" at ${at} is never closed`);
      steps.push(bracket(path.slice(at + 1, end)));
      at = end + 1;
      if (path[at] === '.') at += 1;
      continue;
    }
    const end = path.slice(at).search(/[.[]/);
    const name = end < 0 ? path.slice(at) : path.slice(at, at + end);
    if (!FIELD.test(name)) throw new Error(`"${name}" is not a field name`);
    steps.push({ kind: 'field', name });
    at += name.length;
    if (path[at] === '.') at += 1;
  }
  if (!steps.length) throw new Error('the path is empty');
  return steps;
}

function bracket(inside: string): PathStep {
  if (/^-?\d+$/.test(inside)) return { kind: 'index', index: Number(inside) };
  const match = /^([A-Za-z0-9_.$@-]+)\s*(~=|=)\s*(.*)$/.exec(inside);
  if (!match) throw new Error(`"[${inside}]" is neither an index nor a [field=value] filter`);
  return {
    kind: 'filter',
    key: match[1]!.split('.'),
    op: match[2] as '=' | '~=',
    value: match[3]!,
  };
}

function field(value: unknown, name: string): unknown {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function scalarText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** The value at `path`, or undefined; filters take the first element that matches. */
export function readPath(data: unknown, steps: PathStep[], values: TemplateValues): unknown {
  let current = data;
  for (const step of steps) {
    if (step.kind === 'field') current = field(current, step.name);
    else if (!Array.isArray(current)) return undefined;
    else if (step.kind === 'index')
      current = current[step.index < 0 ? current.length + step.index : step.index];
    else {
      const wanted = renderText(step.value, values);
      current = current.find((element) => {
        const text = scalarText(step.key.reduce<unknown>(field, element));
        if (text === undefined) return false;
        return step.op === '=' ? text === wanted : wanted !== '' && text.includes(wanted);
      });
    }
    if (current === undefined || current === null) return undefined;
  }
  return current;
}

/** Placeholders inside a path's filters, to validate them like any other template. */
export function pathPlaceholderText(steps: PathStep[]): string[] {
  return steps.flatMap((step) => (step.kind === 'filter' ? [step.value] : []));
}
