import { z } from 'zod';

/** The pieces every rule of a `caselight-adapter/1` definition is built from. */

function regexProblem(source: string): string | undefined {
  try {
    RegExp(source);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : 'invalid regular expression';
  }
}

export const selector = z.string().trim().min(1, 'Give a CSS selector').max(500);
export const regexSource = z
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
