import { checkPack, type ValidationResult } from './validate-core';

export type { PackIssue } from './validate-refs';
export type { ValidationResult } from './validate-core';

/**
 * The validation a pack must pass to be published (case API, editor), the same that panels
 * apply when they install one (`offer.ts`): regexes are judged by the engine that runs them.
 */
export function validatePack(input: unknown): ValidationResult {
  return checkPack(input);
}
