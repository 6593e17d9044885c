import { fillSchema, type JsonSchema } from './schema-fill';
import { assess, rationale, suggestionFillers } from './suggestion';

/** The three output modes both chat completions and responses support. */
export type OutputFormat =
  { kind: 'text' } | { kind: 'json_object' } | { kind: 'json_schema'; schema: JsonSchema };

/** The object returned for `json_object` mode, where the caller gave no schema. */
export const DEFAULT_SUGGESTION_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    action: { type: 'string' },
    policy_ids: { type: 'array', items: { type: 'string' } },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    rationale: { type: 'string' },
    citations: { type: 'array', items: { type: 'string' } },
  },
};

/**
 * The assistant's text for a request: JSON matching the caller's schema, a JSON object, or a
 * short plain sentence. Derived only from the user text, so the same prompt gives the same text.
 */
export function generateContent(format: OutputFormat, userText: string): string {
  const assessment = assess(userText);
  const fillers = suggestionFillers(assessment);
  switch (format.kind) {
    case 'json_schema':
      return JSON.stringify(fillSchema(format.schema, fillers));
    case 'json_object':
      return JSON.stringify(fillSchema(DEFAULT_SUGGESTION_SCHEMA, fillers));
    case 'text':
      return rationale(assessment);
  }
}
