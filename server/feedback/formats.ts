import { stringify } from 'csv-stringify/sync';
import type {
  FeedbackChatRecord,
  FeedbackEvalRecord,
  FeedbackFormat,
} from '../../utils/feedback/schema';

/**
 * How one record is written in each export format. A format may skip a record (the chat
 * format needs the case text to be a training example at all).
 */

export const CHAT_SYSTEM_PROMPT =
  'You are a trust & safety moderation assistant. Read the case (reporter and reported ' +
  'messages, personal data redacted) and answer with JSON: the action and the policy ids.';

export function toChatRecord(record: FeedbackEvalRecord): FeedbackChatRecord | undefined {
  if (record.input === null) return undefined;
  const answer = { action: record.finalAction, policyIds: record.finalPolicyIds };
  return {
    messages: [
      { role: 'system', content: CHAT_SYSTEM_PROMPT },
      { role: 'user', content: record.input },
      { role: 'assistant', content: JSON.stringify(answer) },
    ],
  };
}

export const CSV_COLUMNS = [
  'decision_id',
  'console',
  'case_id',
  'decided_at',
  'queue',
  'guidance_version',
  'model_action',
  'model_confidence',
  'model_categories',
  'reviewer_action',
  'final_action',
  'final_policy_ids',
  'agreement',
  'changed_by',
  'qa_confirmed',
  'input',
] as const;

function csvCells(r: FeedbackEvalRecord): (string | number)[] {
  return [
    r.decisionId,
    r.console,
    r.caseId,
    r.decidedAt,
    r.queue ?? '',
    r.guidanceVersion,
    r.model?.action ?? '',
    r.model?.confidence ?? '',
    r.model === null ? '' : JSON.stringify(r.model.categories),
    r.reviewerAction,
    r.finalAction,
    r.finalPolicyIds.join(' '),
    r.agreement,
    r.changedBy ?? '',
    r.qaConfirmed ? 'true' : 'false',
    r.input ?? '',
  ];
}

/** The text a format writes before any record. */
export function formatHeader(format: FeedbackFormat): string {
  return format === 'csv' ? stringify([[...CSV_COLUMNS]]) : '';
}

/** The records of one page as text in `format` (JSONL lines end with a newline). */
export function formatRecords(format: FeedbackFormat, records: FeedbackEvalRecord[]): string {
  // Case text is written by users: a cell starting with = or + must not run as a formula.
  if (format === 'csv') return stringify(records.map(csvCells), { escape_formulas: true });
  const lines: string[] = [];
  for (const record of records) {
    const line = format === 'eval' ? record : toChatRecord(record);
    if (line !== undefined) lines.push(JSON.stringify(line));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

export const CONTENT_TYPES: Record<FeedbackFormat, string> = {
  eval: 'application/x-ndjson; charset=utf-8',
  'openai-chat': 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};
