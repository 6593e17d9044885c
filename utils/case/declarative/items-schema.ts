import { z } from 'zod';
import { itemRoleSchema } from '../schema';
import { PAGE_TIMES, PAGE_VALUES, type PageValue } from './page-values';
import { fieldRuleSchema, regexSource, selector } from './rule-schema';

/**
 * The items of a case (its messages) and, within each, the fields read from it. A field the
 * console shows once for the whole case instead of in each item has a `fallback`.
 */

/** zod's "Invalid input" for a union says nothing; name what the lead wrote and what is wrong. */
function fallbackProblem(input: unknown, errors: z.core.$ZodIssue[][], names: readonly string[]) {
  if (typeof input === 'string') return `"${input}" is not a page value; use ${names.join(', ')}`;
  const asObject = typeof input === 'object' && input !== null ? input : {};
  const issue =
    'value' in asObject ? errors[1]?.[0] : 'selector' in asObject ? errors[2]?.[0] : undefined;
  if (!issue) return `Give a page value ("${names[0]}"), { "value": … } or { "selector": … }`;
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * What an item field falls back to when the item shows no value of its own: a value the page
 * shows once (`"reported.name"`), a fixed value (`{ "value": "reported" }`), or a selector read
 * once from the whole page (`{ "selector": "header .editor" }`).
 */
function fallbackSchema<T extends z.ZodType>(names: readonly PageValue[], literal: T) {
  return z.union([z.enum(names), z.strictObject({ value: literal }), fieldRuleSchema], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? fallbackProblem(issue.input, issue.errors, names)
        : undefined,
  });
}

/** A field of each item: read from the item, from a fallback when it shows none, or both. */
const itemFieldShape = {
  selector: selector.optional(),
  attribute: z.string().trim().min(1).max(100).optional(),
  regex: regexSource.optional(),
};

function selectorOrFallback(
  rule: { selector?: string; attribute?: string; regex?: string; fallback?: unknown },
  ctx: z.RefinementCtx,
) {
  if (rule.selector !== undefined) return;
  if (rule.fallback === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['selector'],
      message: 'Give a CSS selector, a fallback or both',
    });
    return;
  }
  for (const key of ['attribute', 'regex'] as const)
    if (rule[key] !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: 'Needs a selector to read from',
      });
}

const itemFieldRuleSchema = z
  .strictObject({
    ...itemFieldShape,
    fallback: fallbackSchema(PAGE_VALUES, z.string().trim().min(1).max(500)).optional(),
  })
  .superRefine(selectorOrFallback);

const itemTimeRuleSchema = z
  .strictObject({
    ...itemFieldShape,
    fallback: fallbackSchema(
      PAGE_TIMES,
      z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'Not a date'),
    ).optional(),
  })
  .superRefine(selectorOrFallback);

const roleRuleSchema = z
  .strictObject({
    ...itemFieldShape,
    /** Page values (lower-cased) to Caselight roles, e.g. `{ "customer": "reporter" }`. */
    map: z.record(z.string().max(100), itemRoleSchema).optional(),
    /** A fixed value is a Caselight role; a page value goes through `map` like the item's. */
    fallback: fallbackSchema(PAGE_VALUES, itemRoleSchema).optional(),
  })
  .superRefine(selectorOrFallback);

export const itemsRuleSchema = z.strictObject({
  /** Each visible match is one message (or other item) of the case, in page order. */
  selector,
  id: itemFieldRuleSchema.optional(),
  author: itemFieldRuleSchema.optional(),
  role: roleRuleSchema.optional(),
  time: itemTimeRuleSchema.optional(),
  text: fieldRuleSchema,
  media: z
    .strictObject({ selector, attribute: z.string().trim().min(1).max(100).default('src') })
    .optional(),
});

export type ItemFieldRule = z.infer<typeof itemFieldRuleSchema>;
export type ItemRoleRule = z.infer<typeof roleRuleSchema>;
export type Fallback = NonNullable<ItemFieldRule['fallback'] | ItemRoleRule['fallback']>;
