import type { Case, CaseItem } from '../case/schema';
import { createRedactor, type Redactor } from './redactor';
import type { RedactionSettings } from './settings';

/** A case item as it may leave the browser: text redacted, author reduced to its role. */
export interface RedactedItem {
  id: string;
  role: CaseItem['role'];
  text: string;
  media: CaseItem['media'];
}

export interface RedactedCase {
  subject?: string;
  items: RedactedItem[];
  redactor: Redactor;
}

/**
 * Redacts everything of a case that a provider may see. Authors are dropped in favour of their
 * role: a display name is personal data and the model needs only who is reporter and reported.
 */
export function redactCase(caseData: Case, settings: RedactionSettings): RedactedCase {
  const redactor = createRedactor(
    { reporter: caseData.reporter, reported: caseData.reported },
    settings,
  );
  // Adjacent messages are redacted together: a number may be cut across two of them.
  const texts = redactor.redactAll(caseData.items.map((item) => item.text));
  const items = caseData.items.map((item, i) => ({
    id: item.id,
    role: item.role,
    text: texts[i] ?? '',
    media: item.media,
  }));
  const subject = caseData.subject === undefined ? undefined : redactor.redact(caseData.subject);
  return { subject, items, redactor };
}
