import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decisionSchema } from '../../../utils/decisions/schema';
import { feedbackFiltersSchema } from '../../../utils/feedback/schema';
import { makeDecision } from '../../__tests__/decision-fixtures';
import { insertDecision } from '../../db/decisions';
import { openDatabase } from '../../db/open';
import { PAGE_SIZE } from '../rows';
import { exportStream } from '../stream';

const TOTAL = PAGE_SIZE * 2 + 500;

function databaseWith(count: number) {
  const db = openDatabase();
  const receivedAt = '2025-03-01T10:00:00.000Z';
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const decision = decisionSchema.parse(
        makeDecision({ id: randomUUID(), caseId: `${i}`, console: 'redmine' }),
      );
      const ref = { namespace: 'redmine', caseId: `${i}` };
      insertDecision(db, decision, { ref, receivedAt, reviewerName: 'Ana' });
    }
  })();
  return db;
}

const lineCount = (bytes: Uint8Array) =>
  new TextDecoder().decode(bytes).split('\n').filter(Boolean).length;

describe('exportStream', () => {
  it('reads one page of decisions per chunk the reader asks for, and all of them in the end', async () => {
    const db = databaseWith(TOTAL);
    const reader = exportStream(db, feedbackFiltersSchema.parse({})).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(lineCount(first.value ?? new Uint8Array())).toBe(PAGE_SIZE);
    let total = lineCount(first.value ?? new Uint8Array());
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      total += lineCount(chunk.value);
    }
    expect(total).toBe(TOTAL);
  });

  it('ends at once, without a chunk, for a chat export of decisions without case text', async () => {
    const db = databaseWith(3);
    const reader = exportStream(
      db,
      feedbackFiltersSchema.parse({ format: 'openai-chat' }),
    ).getReader();
    expect((await reader.read()).done).toBe(true);
  });
});
