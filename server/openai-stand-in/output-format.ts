import { z } from 'zod';
import type { OutputFormat } from './structured-output';

/**
 * Request-side schemas shared by chat completions and responses. The real API rejects schema
 * names outside this pattern, so the stand-in does too rather than hide a bug until production.
 */
export const schemaName = z
  .string()
  .regex(/^[a-zA-Z0-9_-]{1,64}$/, 'must match ^[a-zA-Z0-9_-]{1,64}$');
export const jsonSchemaObject = z.record(z.string(), z.unknown());

export const textFormat = z.object({ type: z.literal('text') });
export const jsonObjectFormat = z.object({ type: z.literal('json_object') });

/** Text from chat `content` parts (`{type:'text'}`) or responses parts (`{type:'input_text'}`). */
export const contentPart = z.looseObject({ type: z.string(), text: z.string().optional() });

export function partsText(
  content: string | null | undefined | { type: string; text?: string }[],
): string[] {
  if (content === null || content === undefined) return [];
  if (typeof content === 'string') return [content];
  return content
    .filter((p) => (p.type === 'text' || p.type === 'input_text') && typeof p.text === 'string')
    .map((p) => p.text ?? '');
}

/** Normalises either API's `format` object into the stand-in's three output modes. */
export function toOutputFormat(
  format:
    | { type: 'text' }
    | { type: 'json_object' }
    | { type: 'json_schema'; schema?: Record<string, unknown> }
    | undefined,
): OutputFormat {
  if (!format || format.type === 'text') return { kind: 'text' };
  if (format.type === 'json_object') return { kind: 'json_object' };
  return { kind: 'json_schema', schema: format.schema ?? {} };
}
