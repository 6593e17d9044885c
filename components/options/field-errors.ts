import type { z } from 'zod';

/** The options page's name for each settings field, so a schema error says where to look. */
export const FIELD_LABELS: Record<string, string> = {
  caseApiUrl: 'Case API address',
  'model.baseUrl': 'Model server address',
  'model.moderationModel': 'Moderation model',
  'model.policyModel': 'Policy model',
  'model.policyLlm': 'Policy model reads the case',
  'model.uncertainBounds.low': 'Uncertain from',
  'model.uncertainBounds.high': 'Uncertain up to',
  'decisions.undoWindowSeconds': 'Undo window (seconds)',
};

export interface FieldError {
  /** The settings path, e.g. `model.uncertainBounds.high`. */
  field: string;
  label: string;
  message: string;
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.');
    return { field, label: FIELD_LABELS[field] ?? field, message: issue.message };
  });
}

/** The first error for one field, to show under its input. */
export function errorFor(errors: FieldError[] | undefined, field: string): string | undefined {
  return errors?.find((e) => e.field === field)?.message;
}
