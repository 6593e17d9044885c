import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { apiErrorSchema } from '../../../utils/case-api/schema';
import {
  feedbackChatRecordSchema,
  feedbackEvalRecordSchema,
  type FeedbackEvalRecord,
} from '../../../utils/feedback/schema';
import { DEMO_TOKENS } from '../../index';
import { CHAT_SYSTEM_PROMPT, CSV_COLUMNS } from '../formats';
import { EMAIL, HISTORY, useFeedbackServer } from './feedback-fixtures';

const api = useFeedbackServer();
beforeAll(() => api.seed());

const lines = async (response: Response) =>
  (await response.text()).split('\n').filter((line) => line !== '');

async function evalRecords(query = ''): Promise<FeedbackEvalRecord[]> {
  const response = await api.exportText(`format=eval&${query}`);
  expect(response.status).toBe(200);
  return (await lines(response)).map((line) => feedbackEvalRecordSchema.parse(JSON.parse(line)));
}

const ids = async (query: string) => (await evalRecords(query)).map((r) => r.decisionId).toSorted();

const byId = (records: FeedbackEvalRecord[], id: string) =>
  records.find((record) => record.decisionId === id);

describe('GET /api/feedback/export, evaluation format', () => {
  it('joins each live decision with the model and what changed it later', async () => {
    const records = await evalRecords();
    expect(records.map((r) => r.decisionId).toSorted()).toEqual(
      Object.values(HISTORY)
        .map((d) => d.id)
        .toSorted(),
    );
    expect(byId(records, HISTORY.agreed.id)).toMatchObject({
      model: { action: 'remove', categories: { illicit: 0.95 } },
      finalAction: 'remove',
      changedBy: null,
      qaConfirmed: false,
      queue: 'Support',
      input: 'reported: Cheap watches!',
    });
    expect(byId(records, HISTORY.reversed.id)).toMatchObject({
      reviewerAction: 'remove',
      finalAction: 'no-action',
      changedBy: 'reversal',
    });
    expect(byId(records, HISTORY.qaChanged.id)).toMatchObject({
      reviewerAction: 'warn',
      finalAction: 'remove',
      changedBy: 'qa',
      qaConfirmed: false,
    });
    expect(byId(records, HISTORY.qaConfirmed.id)).toMatchObject({
      finalAction: 'no-action',
      changedBy: null,
      qaConfirmed: true,
    });
    expect(byId(records, HISTORY.noSuggestion.id)?.model).toBeNull();
  });

  it('redacts the case text it exports', async () => {
    const record = byId(await evalRecords(), HISTORY.pii.id);
    expect(record?.input).toContain('[EMAIL_1]');
    expect(record?.input).not.toContain(EMAIL);
  });

  it('applies every filter', async () => {
    expect(await ids('queue=Fraud')).toEqual([HISTORY.pii.id]);
    expect(await ids('policy=harassment')).toEqual([HISTORY.qaChanged.id]);
    expect(await ids('guidanceVersion=2')).toEqual([HISTORY.reversed.id]);
    expect(await ids('from=2025-03-02T00:00:00Z')).toEqual([HISTORY.pii.id]);
    expect(await ids('to=2025-03-02T00:00:00Z')).not.toContain(HISTORY.pii.id);
    expect(await ids('onlyOverrides=true')).toEqual(
      [HISTORY.qaChanged.id, HISTORY.qaConfirmed.id].toSorted(),
    );
    expect(await ids('onlyQaConfirmed=true')).toEqual([HISTORY.qaConfirmed.id]);
  });

  it('says so when the filters match nothing', async () => {
    const response = await api.exportText('queue=Nowhere');
    expect(response.status).toBe(404);
    const { error } = apiErrorSchema.parse(await response.json());
    expect(error.code).toBe('no_match');
    expect(error.message).toMatch(/No decisions match/);
  });

  it('refuses reviewers and bad filters', async () => {
    expect((await api.exportText('', DEMO_TOKENS.reviewer)).status).toBe(403);
    expect((await api.exportText('format=xml')).status).toBe(422);
    expect((await api.exportText('from=yesterday')).status).toBe(422);
  });
});

describe('GET /api/feedback/export, OpenAI chat and CSV formats', () => {
  it('writes chat fine-tuning lines with the final decision as the answer', async () => {
    const response = await api.exportText('format=openai-chat&queue=Support');
    const records = (await lines(response)).map((line) =>
      feedbackChatRecordSchema.parse(JSON.parse(line)),
    );
    // Every Support decision has case text here, so each is one example.
    expect(records).toHaveLength(5);
    const reversed = records.find((r) => r.messages[1].content === 'reported: Buy followers now');
    expect(reversed?.messages[0].content).toBe(CHAT_SYSTEM_PROMPT);
    expect(JSON.parse(reversed?.messages[2].content ?? '')).toEqual({
      action: 'no-action',
      policyIds: [],
    });
  });

  it('writes CSV with a header and a row per decision', async () => {
    const response = await api.exportText('format=csv');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows: string[][] = parse(await response.text());
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + Object.keys(HISTORY).length);
    const input = rows.find((row) => row[0] === HISTORY.pii.id)?.at(-1);
    expect(input?.startsWith('reported: ')).toBe(true);
    expect(input).not.toContain(EMAIL);
  });
});
