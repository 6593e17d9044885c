import { z } from 'zod';
import { caseFieldSchema, itemRoleSchema } from '../schema';
import { matchPatternProblem } from '../match-pattern';

/**
 * A site adapter written as data: what a policy lead builds in the panel or imports from a
 * colleague, without a release. Validated here (options, panel, background); the content
 * script interprets an already-validated definition without loading zod.
 */

function regexProblem(source: string): string | undefined {
  try {
    RegExp(source);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : 'invalid regular expression';
  }
}

const selector = z.string().trim().min(1, 'Give a CSS selector').max(500);
const regexSource = z
  .string()
  .min(1)
  .max(300)
  .superRefine((source, ctx) => {
    const problem = regexProblem(source);
    if (problem)
      ctx.addIssue({ code: 'custom', message: `Not a valid regular expression: ${problem}` });
  });

/**
 * One value read from the page: the text of the first visible match of `selector` (or one of
 * its attributes), optionally narrowed by `regex` (its first capture group, else the match).
 */
export const fieldRuleSchema = z.strictObject({
  selector,
  attribute: z.string().trim().min(1).max(100).optional(),
  regex: regexSource.optional(),
});

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

const roleRuleSchema = fieldRuleSchema.extend({
  /** Page values (lower-cased) to Caselight roles, e.g. `{ "customer": "reporter" }`. */
  map: z.record(z.string().max(100), itemRoleSchema).optional(),
});

export const itemsRuleSchema = z.strictObject({
  /** Each visible match is one message (or other item) of the case, in page order. */
  selector,
  id: fieldRuleSchema.optional(),
  author: fieldRuleSchema.optional(),
  role: roleRuleSchema.optional(),
  time: fieldRuleSchema.optional(),
  text: fieldRuleSchema,
  media: z
    .strictObject({ selector, attribute: z.string().trim().min(1).max(100).default('src') })
    .optional(),
});

export const declarativeAdapterSchema = z.strictObject({
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
});

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
