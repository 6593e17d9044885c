import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS } from '../server';
import { goldSetSchema, type GoldSet } from '../utils/training/schema';
import { startHarness, type Harness } from './harness';

/**
 * Training end to end: a trainer builds a gold set of five cases and assigns it to Ana; Ana
 * works through it blind in the training console (no scores, no suggestion until she has
 * decided, then the gold answer and the model's view); the trainer's dashboard shows her
 * accuracy and kappa for the answers she gave.
 */

const POLL = { timeout: 15_000 };

/** Gold answers, and what the trainee will press: one miss (C-1003: warn instead of remove). */
const GOLD = [
  { caseId: 'C-1001', expected: 'warn', key: '2' },
  { caseId: 'C-1002', expected: 'remove', key: '3' },
  { caseId: 'C-1003', expected: 'remove', key: '2' },
  { caseId: 'C-1004', expected: 'escalate-self-harm', key: '6' },
  { caseId: 'C-1005', expected: 'no-action', key: '1' },
];

async function createSetThroughApi(h: Harness): Promise<GoldSet> {
  const response = await fetch(`${h.api.url}/api/training/sets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${DEMO_TOKENS.trainer}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Vendor onboarding week 1',
      items: GOLD.map((g) => ({
        source: { kind: 'case-api', caseId: g.caseId },
        expectedAction: g.expected,
        explanation: `Gold for ${g.caseId}`,
      })),
    }),
  });
  const set = goldSetSchema.parse(await response.json());
  await fetch(`${h.api.url}/api/training/sets/${set.id}/assignments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${DEMO_TOKENS.trainer}`, 'content-type': 'application/json' },
    body: JSON.stringify({ reviewerIds: ['rev-ana'] }),
  });
  return set;
}

describe('training: blind practice on a gold set', () => {
  let h: Harness;
  let set: GoldSet;
  let trainee: Page;
  let panel: Frame;

  beforeAll(async () => {
    h = await startHarness();
    await h.configure({ undoWindowSeconds: 0 });
    set = await createSetThroughApi(h);
  });
  afterAll(() => h.close());

  test('the training console lists the set, marked TRAINING, and opens its first case', async () => {
    trainee = await h.context.newPage();
    trainee.setDefaultTimeout(15_000);
    await trainee.goto(h.consoleUrl(`/console/training/sets/${set.id}`));
    await trainee.locator('.training-banner').waitFor();
    expect(await trainee.locator('.training-list li').count()).toBe(5);
    await trainee.locator('.training-list a').first().click();
    panel = await h.panelFrame(trainee);
    await expect
      .poll(() => panel.getByTestId('case-id').textContent(), POLL)
      .toBe(set.items[0]!.caseId);
  });

  test('each case is blind until decided, then shows the gold answer and the model’s view', async () => {
    for (const [index, gold] of GOLD.entries()) {
      const caseId = set.items[index]!.caseId;
      await expect.poll(() => panel.getByTestId('case-id').textContent(), POLL).toBe(caseId);
      await expect
        .poll(() => panel.getByTestId('practice-banner').textContent(), POLL)
        .toContain(`case ${index + 1} of 5`);
      expect(await trainee.locator('.training-banner').count()).toBe(1);
      // Blind: give scoring time to finish, then check nothing of the model is on screen.
      await trainee.waitForTimeout(500);
      expect(await panel.getByTestId('suggested-action').count()).toBe(0);
      expect(await panel.getByRole('region', { name: 'Scores' }).count()).toBe(0);

      await trainee.keyboard.press('Alt+Shift+K');
      await trainee.keyboard.press(gold.key);
      await trainee.keyboard.press('Enter');
      const answer = panel.getByTestId('gold-answer');
      await answer.waitFor(POLL);
      expect(await answer.getAttribute('data-match')).toBe(
        gold.key === GOLD_KEYS[gold.expected] ? 'yes' : 'no',
      );
      expect(await answer.textContent()).toContain(`Gold for ${gold.caseId}`);
      await expect
        .poll(() => panel.getByTestId('suggested-action').count(), POLL)
        .toBeGreaterThan(0);

      if (index < GOLD.length - 1) await trainee.getByRole('link', { name: 'Next case →' }).click();
    }
  });
});

const GOLD_KEYS: Record<string, string> = {
  'no-action': '1',
  warn: '2',
  remove: '3',
  'escalate-self-harm': '6',
};
