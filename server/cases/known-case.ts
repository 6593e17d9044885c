import type { Database } from 'better-sqlite3';
import { caseExists } from '../db/cases';
import { consoleCaseExists } from '../db/console-cases';
import { isGoldCase } from '../db/gold-sets';
import { isHosted, type CaseRef } from './resolve-case';

/**
 * Whether the case API knows a case, and what it says when it does not. A hosted case must be
 * one of its own (a live case or a gold copy). A console case is known once a decision on it
 * was recorded; until then it is accepted as new, unless the team runs in strict mode.
 */
export function isKnownCase(db: Database, ref: CaseRef): boolean {
  if (isHosted(ref)) return caseExists(db, ref.caseId) || isGoldCase(db, ref.caseId);
  return consoleCaseExists(db, ref);
}

/** The 404 message for a case that is not known (and, for a console case, strict mode is on). */
export function unknownCaseMessage(ref: CaseRef): string {
  if (isHosted(ref)) return `No case with id ${ref.caseId}.`;
  return (
    `Case ${ref.caseId} of console ${ref.namespace} is not known to this case API, which ` +
    'accepts decisions only on cases it knows (strict mode). Import the case first, or turn ' +
    'strict mode off.'
  );
}

/** Whether a request about this case is refused as unknown under the team's settings. */
export function refusedAsUnknown(db: Database, ref: CaseRef, strict: boolean): boolean {
  if (!isHosted(ref) && !strict) return false;
  return !isKnownCase(db, ref);
}
