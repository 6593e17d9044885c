import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS } from '../server';
import { consoleDecision, makeCaseRecord } from '../server/__tests__/console-case-fixtures';
import { startHarness, type Harness } from './harness';

/**
 * A QA reviewer opens a sample's case snapshot from the panel's QA queue: the case text as it
 * was decided, read-only, filtered by their wellness settings, and nothing of the decision.
 */

const POLL = { timeout: 20_000 };

async function api(h: Harness, token: string, method: string, path: string, body: object) {
  const response = await fetch(`${h.api.url}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': 'id' in body ? String(body.id) : crypto.randomUUID(),
    },
    body: JSON.stringify(body),
  });
  expect(response.status).toBeLessThan(300);
}

describe('QA case snapshots', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ cases: { keepCaseText: true } });
  });
  afterAll(() => h.close());

  test('opened from the QA queue: the stored case as decided, filtered, without the decision', async () => {
    const items = [
      {
        id: 'j1',
        author: 'watch-seller',
        role: 'reported' as const,
        text: 'SNAPSHOT-TEXT: cheap watches, visit my shop.',
        media: [{ id: 'p1', kind: 'image' as const, url: `${h.api.url}/none.png`, alt: 'ad' }],
      },
    ];
    const live = consoleDecision('redmine', '77', {
      decidedAt: new Date().toISOString(),
      note: 'LIVE-NOTE',
      caseRecord: { ...makeCaseRecord('redmine', '77'), items },
    });
    await api(h, DEMO_TOKENS.reviewer, 'POST', '/consoles/redmine/cases/77/decisions', live);
    await api(h, DEMO_TOKENS.lead, 'PUT', '/qa/rules', { defaultPercent: 100 });
    await api(h, DEMO_TOKENS.lead, 'POST', '/qa/sample', {});

    await h.configure({ token: DEMO_TOKENS.qa });
    const page = await h.context.newPage();
    await page.goto(h.consoleUrl('/console/cases/C-1003'));
    const panel = await h.panelFrame(page);
    const queue = panel.getByTestId('qa-queue');
    await expect.poll(() => queue.count(), POLL).toBe(1);
    await queue.locator('summary').click();
    const item = queue.getByTestId('qa-queue-item').filter({ hasText: '77' });
    expect(await item.textContent()).not.toContain('LIVE-NOTE');
    const [snapshotPage] = await Promise.all([
      h.context.waitForEvent('page'),
      item.getByRole('link', { name: 'snapshot as decided' }).click(),
    ]);
    const when = snapshotPage.getByTestId('snapshot-when');
    await expect.poll(() => when.textContent(), POLL).toContain('The snapshot from');
    expect(await when.textContent()).toContain('current state may differ');
    expect(await snapshotPage.getByTestId('snapshot-text').textContent()).toContain(
      'SNAPSHOT-TEXT',
    );
    expect(await snapshotPage.getByTestId('snapshot-image').getAttribute('data-filtered')).toBe(
      'yes',
    );
    expect(await snapshotPage.locator('body').textContent()).not.toContain('LIVE-NOTE');
  }, 120_000);
});
