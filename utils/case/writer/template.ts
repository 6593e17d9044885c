/**
 * Writer templates: `{{name}}` placeholders over a fixed vocabulary of decision fields, never
 * code. Rendering substitutes values; nothing is evaluated. The same parser serves validation
 * at import (every name must be known) and rendering at send time, so they cannot disagree.
 */

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;
const WHOLE = /^\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}$/;

export type TemplateValue = string | number | boolean | null | TemplateValue[];
/** Every value a template may name, by its dotted name. */
export type TemplateValues = Readonly<Record<string, TemplateValue | undefined>>;

/** The names a template string uses, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** Every string inside a JSON template (keys included), to validate their placeholders. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsOf(inner)]);
  return [];
}

function asText(value: TemplateValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(asText).join(', ');
  return String(value);
}

/** A text template: every placeholder becomes its value as text (lists joined with ", "). */
export function renderText(
  template: string,
  values: TemplateValues,
  encode: (text: string) => string = (text) => text,
): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => encode(asText(values[name])));
}

/** URL templates: values are percent-encoded, so a note can never change the path or query. */
export function renderUrl(template: string, values: TemplateValues): string {
  return renderText(template, values, encodeURIComponent);
}

/**
 * A JSON body template. A string that is exactly one placeholder takes the value as it is
 * (a list of tags stays a list, a status id stays a number); any other string is text.
 */
export function renderJson(template: unknown, values: TemplateValues): unknown {
  if (typeof template === 'string') {
    const whole = WHOLE.exec(template);
    if (whole) return values[whole[1]!] ?? null;
    return renderText(template, values);
  }
  if (Array.isArray(template)) return template.map((item) => renderJson(item, values));
  if (template && typeof template === 'object') {
    return Object.fromEntries(
      Object.entries(template).map(([key, inner]) => [
        renderText(key, values),
        renderJson(inner, values),
      ]),
    );
  }
  return template;
}
