import { z } from 'zod';
import { describeWriterProblems, writerSchema, type Writer } from '../../utils/case/writer/schema';

/**
 * Writers as files a lead hands to another team: one definition, or an export of several.
 * Every problem names its field, prefixed with the writer's place in an export file.
 */
export const WRITERS_EXPORT_FORMAT = 'caselight-writers-export/1';

const exportFileSchema = z.strictObject({
  format: z.literal(WRITERS_EXPORT_FORMAT),
  writers: z.array(z.unknown()).min(1).max(50),
});

export type ParsedWriters = { ok: true; writers: Writer[] } | { ok: false; problems: string[] };

export function parseWriter(value: unknown, label = ''): ParsedWriters {
  const parsed = writerSchema.safeParse(value);
  if (!parsed.success)
    return { ok: false, problems: describeWriterProblems(parsed.error).map((p) => label + p) };
  return { ok: true, writers: [parsed.data] };
}

const isExportFile = (value: unknown) =>
  !!value && typeof value === 'object' && 'writers' in value && !('actions' in value);

/** Accepts one definition, or an export file of several, as JSON text. */
export function parseWritersJson(text: string): ParsedWriters {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`Not JSON: ${error instanceof Error ? error.message : error}`] };
  }
  if (!isExportFile(value)) return parseWriter(value);
  const file = exportFileSchema.safeParse(value);
  if (!file.success) return { ok: false, problems: describeWriterProblems(file.error) };
  const results = file.data.writers.map((entry, index) => parseWriter(entry, `writers.${index}.`));
  const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
  const writers = results.flatMap((r) => (r.ok ? r.writers : []));
  const seen = new Set<string>();
  results.forEach((result, index) => {
    const id = result.ok ? result.writers[0]!.id : undefined;
    if (id !== undefined && seen.has(id))
      problems.push(`writers.${index}.id: "${id}" is in this file twice`);
    if (id !== undefined) seen.add(id);
  });
  return problems.length ? { ok: false, problems } : { ok: true, writers };
}

export function exportWriters(writers: Writer[]): string {
  return `${JSON.stringify({ format: WRITERS_EXPORT_FORMAT, writers }, null, 2)}\n`;
}

export function exportWriter(writer: Writer): string {
  return `${JSON.stringify(writer, null, 2)}\n`;
}
