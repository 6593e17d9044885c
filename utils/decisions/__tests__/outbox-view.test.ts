import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OUTBOX_ENTRY_VERSION } from '../outbox-entry';
import { putEntry } from '../outbox-store';
import { publishOutboxView } from '../outbox-view';
import { outboxViewStorage } from '../outbox-view-storage';
import { makeDecision } from './fixtures';

beforeEach(() => fakeBrowser.reset());

test('panels get each entry without the case text a decision may carry', async () => {
  const item = {
    id: 'm1',
    author: 'a',
    role: 'reported' as const,
    text: 'x'.repeat(50_000),
    media: [],
  };
  const caseRecord = {
    url: 'https://redmine.example/issues/4',
    contentHash: 'a'.repeat(64),
    itemCount: 1,
    adapter: { id: 'redmine', version: 'abc' },
    items: [item],
  };
  const decision = makeDecision({ console: 'redmine', caseId: '4', caseRecord });
  await putEntry({
    v: OUTBOX_ENTRY_VERSION,
    decision,
    state: 'queued',
    createdAt: 0,
    notBefore: 0,
    nextAttemptAt: 0,
    attempts: 0,
    writebacks: [],
  });

  publishOutboxView(0);
  await expect.poll(async () => (await outboxViewStorage.getValue())?.entries.length).toBe(1);

  const [shown] = (await outboxViewStorage.getValue())!.entries;
  expect(shown!.decision.caseRecord).toEqual({ ...caseRecord, items: undefined });
  expect(JSON.stringify(shown).length).toBeLessThan(2000);
});
