import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { FeedbackEvalRecord } from '../../../utils/feedback/schema';
import { formatRecords, toChatRecord } from '../formats';
import { createReportBuilder } from '../report';

const record = (overrides: Partial<FeedbackEvalRecord> = {}): FeedbackEvalRecord => ({
  decisionId: 'd-1',
  console: 'redmine',
  caseId: '1',
  decidedAt: '2025-03-01T10:00:00.000Z',
  queue: 'Support',
  guidanceVersion: 1,
  input: 'reported: hi',
  model: {
    action: 'remove',
    policyIds: ['spam'],
    confidence: 0.9,
    source: 'rules',
    categories: { illicit: 0.9 },
  },
  reviewerAction: 'remove',
  finalAction: 'remove',
  finalPolicyIds: ['spam'],
  agreement: 'agreed',
  changedBy: null,
  qaConfirmed: false,
  ...overrides,
});

describe('export formats', () => {
  it('escapes a CSV cell that a spreadsheet would run as a formula', () => {
    const [cells] = parse(formatRecords('csv', [record({ queue: '=HYPERLINK("evil")' })]));
    expect(cells?.[4]).toBe(`'=HYPERLINK("evil")`);
  });

  it('leaves decisions without case text out of the chat format only', () => {
    const noText = record({ input: null });
    expect(toChatRecord(noText)).toBeUndefined();
    expect(formatRecords('openai-chat', [noText])).toBe('');
    expect(formatRecords('eval', [noText]).trim().split('\n')).toHaveLength(1);
  });
});

describe('per-category disagreement report', () => {
  it('ranks categories by how often the final decision differed, with examples', () => {
    const report = createReportBuilder();
    report.add(record({ decisionId: 'a' }));
    report.add(record({ decisionId: 'b', finalAction: 'no-action' }));
    report.add(
      record({
        decisionId: 'c',
        finalAction: 'warn',
        model: { ...record().model!, categories: { harassment: 0.8, illicit: 0.2 } },
      }),
    );
    report.add(record({ decisionId: 'd', model: null }));
    const result = report.result();
    expect(result).toMatchObject({ decisions: 4, withSuggestion: 3 });
    expect(result.categories.map((c) => [c.category, c.flagged, c.disagreed])).toEqual([
      ['harassment', 1, 1],
      ['illicit', 2, 1],
    ]);
    expect(result.categories[1]?.examples).toEqual([
      {
        decisionId: 'b',
        console: 'redmine',
        caseId: '1',
        modelAction: 'remove',
        finalAction: 'no-action',
        score: 0.9,
      },
    ]);
  });
});
