import { recheckSafety } from './regex-safety';
import { checkPack, type RegexSafetyCheck, type ValidationResult } from './validate-core';

export type { PackIssue } from './validate-refs';
export type { RegexSafetyCheck, ValidationResult } from './validate-core';

/**
 * The validation a pack must pass to be published (case API, editor): `checkPack` with
 * recheck as the backtracking checker, refusing patterns prone to catastrophic backtracking.
 */
export interface ValidateOptions {
  /** Another checker; for tests only. */
  regexSafety?: RegexSafetyCheck;
}

export function validatePack(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return checkPack(input, options.regexSafety ?? recheckSafety);
}
