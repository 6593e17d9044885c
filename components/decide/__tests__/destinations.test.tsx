// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { makeDecision } from '../../../utils/decisions/__tests__/fixtures';
import { OUTBOX_ENTRY_VERSION, type OutboxEntry } from '../../../utils/decisions/outbox-entry';
import type { Writeback } from '../../../utils/decisions/writeback-state';
import { OutboxEntryRow } from '../outbox-entry-row';

const writeback = (change: Partial<Writeback>): Writeback => ({
  writerId: 'redmine',
  writerName: 'Redmine',
  state: 'delivered',
  attempts: 1,
  nextAttemptAt: 0,
  uncertain: false,
  progress: { next: 2, captured: {} },
  context: { actionLabel: 'Remove content', policyTitles: [] },
  ...change,
});

const entry: OutboxEntry = {
  v: OUTBOX_ENTRY_VERSION,
  decision: makeDecision({ console: 'redmine' }),
  state: 'delivered',
  createdAt: 0,
  notBefore: 0,
  nextAttemptAt: 0,
  attempts: 1,
  writebacks: [
    writeback({ result: 'note #123' }),
    writeback({
      writerId: 'zendesk',
      writerName: 'Zendesk',
      state: 'queued',
      nextAttemptAt: 8_000,
      lastError: {
        status: 503,
        message: 'Zendesk answered 503 to PUT /api/v2/tickets/4.json; retrying.',
        at: 0,
      },
    }),
    writeback({
      writerId: 'jira',
      writerName: 'Jira',
      state: 'failed',
      lastError: {
        status: 404,
        message: 'Jira answered 404 (the ticket may be gone): Issue does not exist.',
        at: 0,
      },
    }),
  ],
};

it('shows each destination on one line, the reasons of the troubled ones, and what can be done', async () => {
  const container = document.createElement('div');
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <OutboxEntryRow
        entry={entry}
        label="Remove content"
        now={0}
        confirmIntent={async () => {}}
      />,
    ),
  );

  expect(container.querySelector('[data-testid="destinations"]')?.textContent).toBe(
    'Case API ✓· Redmine ✓ note #123· Zendesk retrying in 8 s: 503· Jira failed (404)',
  );
  expect(container.textContent).toContain('Issue does not exist.');
  expect(container.textContent).toContain('Zendesk answered 503');
  const buttons = [...container.querySelectorAll('button')].map((b) => b.textContent);
  expect(buttons).toEqual(['Reverse', 'Retry now', 'Discard the Jira write-back…']);
  await act(async () => root.unmount());
});
