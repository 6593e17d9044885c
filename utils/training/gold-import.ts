import { z } from 'zod';
import { pathIssues, type PathIssue } from './issue-paths';
import { goldItemInputSchema, goldSetInputSchema, MAX_GOLD_ITEMS } from './schema';

/**
 * A JSON file of gold cases a trainer brings from elsewhere (another team's set, a
 * spreadsheet export). Items are the case API's own gold item inputs, so what validates here
 * is what the case API accepts; see `components/training/examples/gold-set.example.json`.
 */

export const GOLD_IMPORT_FORMAT = 'caselight-gold/1';

export const goldImportSchema = z.object({
  format: z.literal(GOLD_IMPORT_FORMAT, {
    error: `Expected "format": "${GOLD_IMPORT_FORMAT}"`,
  }),
  title: goldSetInputSchema.shape.title.optional(),
  description: goldSetInputSchema.shape.description.optional(),
  items: z.array(goldItemInputSchema).min(1, 'The file has no items').max(MAX_GOLD_ITEMS),
});

export type GoldImport = z.infer<typeof goldImportSchema>;

export type GoldImportResult = { ok: true; value: GoldImport } | { ok: false; issues: PathIssue[] };

/** Every problem at once, by path, so a trainer fixes the file in one pass. */
export function parseGoldImport(text: string): GoldImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `Not valid JSON: ${reason}` }] };
  }
  const parsed = goldImportSchema.safeParse(json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: pathIssues(parsed.error) };
}
