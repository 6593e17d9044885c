import { z } from 'zod';
import { caseFieldSchema } from '../schema';
import { matchPatternProblem } from '../match-pattern';
import { itemsRuleSchema } from './items-schema';
import type { PageValue } from './page-values';
import { fieldRuleSchema, regexSource, selector } from './rule-schema';

export { fieldRuleSchema } from './rule-schema';
export { itemsRuleSchema } from './items-schema';
export type { Fallback, ItemFieldRule, ItemRoleRule } from './items-schema';

/**
 * A site adapter written as data: what a policy lead builds in the panel or imports from a
 * colleague, without a release. Validated here (options, panel, background); the content
 * script interprets an already-validated definition without loading zod.
 */

const partyRuleSchema = z.strictObject({
  name: fieldRuleSchema.optional(),
  handle: fieldRuleSchema.optional(),
  id: fieldRuleSchema.optional(),
});

export const caseIdRuleSchema = z.discriminatedUnion('from', [
  /** A regular expression over the page URL whose first capture group is the case id. */
  z.strictObject({ from: z.literal('url'), regex: regexSource }),
  z.strictObject({
    from: z.literal('page'),
    selector,
    attribute: z.string().trim().min(1).max(100).optional(),
    regex: regexSource.optional(),
  }),
]);

export const declarativeAdapterSchema = z
  .strictObject({
    format: z.literal('caselight-adapter/1'),
    id: z
      .string()
      .min(3)
      .max(64)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lower-case letters, digits and -'),
    name: z.string().trim().min(1).max(100),
    /** Chrome match patterns, e.g. `https://support.example.com/*`. */
    matches: z
      .array(
        z.string().superRefine((pattern, ctx) => {
          const problem = matchPatternProblem(pattern);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      )
      .min(1, 'Give at least one match pattern')
      .max(20),
    /** A regular expression the URL must match to be a case page (other pages get no panel). */
    casePageUrl: regexSource.optional(),
    /** The element whose presence means the case is on screen; a second match is refused. */
    ready: selector,
    caseId: caseIdRuleSchema,
    subject: fieldRuleSchema.optional(),
    status: fieldRuleSchema.optional(),
    queue: fieldRuleSchema.optional(),
    priority: fieldRuleSchema.optional(),
    createdAt: fieldRuleSchema.optional(),
    slaDueAt: fieldRuleSchema.optional(),
    reporter: partyRuleSchema.optional(),
    reported: partyRuleSchema.optional(),
    items: itemsRuleSchema,
    /** Fields whose absence means the console changed under the adapter (self-check). */
    required: z.array(caseFieldSchema).max(9).default(['items']),
    exampleUrls: z.array(z.url()).max(20).default([]),
  })
  .superRefine((def, ctx) => {
    for (const field of ['id', 'author', 'role', 'time'] as const) {
      const fallback = def.items[field]?.fallback;
      if (typeof fallback === 'string' && !readsPageValue(def, fallback))
        ctx.addIssue({
          code: 'custom',
          path: ['items', field, 'fallback'],
          message: `${fallback} is not read by this adapter: add a rule for it, or fall back to another value`,
        });
    }
  });

/** Whether the definition has a page-level rule for `name` (the case id is always read). */
function readsPageValue(def: Record<string, unknown>, name: PageValue): boolean {
  if (name === 'caseId') return true;
  const [group, part] = name.split('.') as [string, string | undefined];
  const rule = def[group] as Record<string, unknown> | undefined;
  return part ? rule?.[part] !== undefined : rule !== undefined;
}

export type FieldRule = z.infer<typeof fieldRuleSchema>;
export type CaseIdRule = z.infer<typeof caseIdRuleSchema>;
export type ItemsRule = z.infer<typeof itemsRuleSchema>;
export type DeclarativeAdapter = z.infer<typeof declarativeAdapterSchema>;
export type DeclarativeAdapterInput = z.input<typeof declarativeAdapterSchema>;

/** zod issues as "field.path: problem" lines a lead can act on. */
export function describeAdapterProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(adapter)';
    return `${path}: ${issue.message}`;
  });
}
