import type { Database } from 'better-sqlite3';
import type { Case } from '../../utils/case/schema';
import type { RecordedDecision } from '../../utils/decisions/schema';
import { isHosted, type CaseResolver } from '../cases/resolve-case';
import { getStoredCase } from '../db/cases';
import { getConsoleCase } from '../db/console-cases';

/**
 * The case a decision was made on, as the model may read it: the case API's own case, or a
 * console case's stored text while the team keeps it. Undefined when no text is held.
 */
export function caseForReview(
  db: Database,
  cases: CaseResolver,
  decision: RecordedDecision,
  now: Date,
): Case | undefined {
  const ref = cases.resolve(decision.console, decision.caseId);
  // Only the fields redaction and the prompt read; the url is not sent to the model.
  const where = { console: decision.console, url: decision.caseRecord?.url ?? 'about:blank' };
  if (isHosted(ref)) {
    const stored = getStoredCase(db, ref.caseId);
    return stored && stored.items.length > 0 ? { ...stored, ...where } : undefined;
  }
  const known = getConsoleCase(db, ref, now);
  if (!known?.items || known.items.length === 0) return undefined;
  return {
    ...where,
    id: known.id,
    subject: known.subject,
    reporter: known.reporter,
    reported: known.reported,
    items: known.items,
  };
}
