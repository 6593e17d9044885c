import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS } from '../../server';
import { button, clickIn, countOf, pause, testId, textOf } from './dom';
import { startFirefoxHarness, type FirefoxHarness } from './harness';

async function decisionsOn(h: FirefoxHarness, caseId: string) {
  const response = await fetch(`${h.api.url}/api/cases/${caseId}/decisions`, {
    headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
  });
  return ((await response.json()) as { decisions: { id: string; action: string }[] }).decisions;
}

describe('Firefox: the docked panel on a case page', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness();
    await h.configure({ undoWindowSeconds: 1 });
  });
  afterAll(() => h?.close());

  test('shows the case read from the console, and who is signed in', async () => {
    const expected = h.api.db.prepare('SELECT subject FROM cases WHERE id = ?').get('C-1001') as {
      subject: string;
    };
    const { page, panel } = await h.openCase('C-1001');
    expect(await textOf(panel, testId('case-subject'))).toBe(expected.subject);
    expect(await textOf(panel, testId('case-console'))).toBe('demo-console');
    const items = await countOf(page, '.thread > .message');
    expect(await textOf(panel, testId('case-items'))).toBe(String(items));
    await expect
      .poll(() => textOf(panel, testId('api-status')), { timeout: 10_000 })
      .toContain('connected as Ana Reviewer');
    await page.close();
  });

  test('shows the scores the model stand-in gave, with where they came from', async () => {
    const { page, panel } = await h.openCase('C-1001');
    await expect
      .poll(() => textOf(panel, testId('provenance-freshness')), { timeout: 20_000 })
      .toBeTruthy();
    expect(await textOf(panel, testId('provenance'))).toContain('stand-in');
    expect(await countOf(panel, testId('category-row'))).toBeGreaterThan(0);
    await page.close();
  });

  test('delivers a decision to the case API exactly once', async () => {
    const { page, panel } = await h.openCase('C-1002');
    await expect
      .poll(() => textOf(panel, testId('provenance-freshness')), { timeout: 20_000 })
      .toBeTruthy();
    await clickIn(panel, '::-p-xpath(//*[@role="radio"][contains(., "Remove content")])');
    const reason = await panel.$('[aria-label="Override reason"]');
    if (reason) await reason.type('Context the model cannot see.');
    await clickIn(panel, button('Submit decision'));
    await expect
      .poll(() => textOf(panel, testId('decision-state')), { timeout: 15_000 })
      .toBe('Delivered');
    // Past another round of the outbox: still the one decision, never sent twice.
    await pause(3000);
    const stored = await decisionsOn(h, 'C-1002');
    expect(stored.map((d) => d.action)).toEqual(['remove']);
    await page.close();
  });
});
