import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS } from '../server';
import { goldSetListSchema, goldSetSchema, type GoldSet } from '../utils/training/schema';
import { storeDecisions } from './guidance-editor-page';
import { startHarness, type Harness } from './harness';
import { assignTo, createGoldSet, openTrainerPage, traineeMetrics } from './training-page';

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

describe('training: blind practice on a gold set', () => {
  let h: Harness;
  let set: GoldSet;
  let trainer: Page;
  let trainee: Page;
  let panel: Frame;

  beforeAll(async () => {
    h = await startHarness();
    await h.configure({ undoWindowSeconds: 0 });
    // Cases other reviewers already decided: what a trainer builds a gold set from.
    await storeDecisions(
      h,
      GOLD.map((g) => ({ caseId: g.caseId, action: g.expected, scores: {} })),
    );
  });
  afterAll(() => h.close());

  test('a trainer builds a gold set of five decided cases and assigns it to Ana', async () => {
    trainer = await openTrainerPage(h);
    await createGoldSet(
      trainer,
      'Vendor onboarding week 1',
      GOLD.map((g) => ({ caseId: g.caseId, expected: g.expected })),
    );
    await assignTo(trainer, 'rev-ana');
    const auth = { authorization: `Bearer ${DEMO_TOKENS.trainer}` };
    const list = goldSetListSchema.parse(
      await (await fetch(`${h.api.url}/api/training/sets`, { headers: auth })).json(),
    );
    const id = list.sets[0]!.id;
    set = goldSetSchema.parse(
      await (await fetch(`${h.api.url}/api/training/sets/${id}`, { headers: auth })).json(),
    );
    expect(set.items.map((i) => [i.sourceCaseId, i.expectedAction])).toEqual(
      GOLD.map((g) => [g.caseId, g.expected]),
    );
    expect(set.assignments.map((a) => a.reviewerId)).toEqual(['rev-ana']);
  });

  test('the training console lists the set, marked TRAINING, and opens its first case', async () => {
    trainee = await h.context.newPage();
    trainee.setDefaultTimeout(15_000);
    await trainee.goto(h.consoleUrl(`/console/training/sets/${set.id}`));
    await trainee.locator('.training-banner').waitFor();
    expect(await trainee.locator('.training-list li').count()).toBe(5);
    await trainee.locator('.training-list a').first().click();
    panel = await h.panelFrame(trainee);
    // The panel reminds the trainee of the unfinished set and where its console is.
    await expect
      .poll(() => panel.getByRole('list', { name: 'Training assigned to you' }).textContent(), POLL)
      .toContain('Vendor onboarding week 1 · 0 of 5 done');
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

  test('the dashboard shows Ana’s accuracy and kappa for the answers she gave', async () => {
    // 4 of 5 right. Kappa by hand: p_o = 0.8; gold marginals warn 1, remove 2, esh 1, none 1;
    // Ana's warn 2, remove 1, esh 1, none 1; p_e = (1·2 + 2·1 + 1·1 + 1·1) / 25 = 0.24;
    // κ = (0.8 − 0.24) / (1 − 0.24) = 0.7368.
    // Refreshing reads the attempts again; until it has, the row shows what was read before.
    await expect
      .poll(async () => (await traineeMetrics(trainer, 'Ana Reviewer')).done, POLL)
      .toBe('5 / 5');
    const metrics = await traineeMetrics(trainer, 'Ana Reviewer');
    expect(metrics.accuracy).toBe('80%');
    expect(metrics.kappa).toBe('0.74');
    // Kappa 0.74 is under the default pass mark of 0.80.
    expect(metrics.verdict?.toLowerCase()).toContain('fail');
  });

  test('live calibration: a gold case in Ben’s live queue is filed as a calibration attempt', async () => {
    await trainer
      .getByLabel('Calibration gold set')
      .selectOption({ label: 'Vendor onboarding week 1' });
    await trainer.getByLabel('Calibration rate (%)').fill('25');
    await trainer.getByRole('button', { name: 'Save calibration' }).click();
    await trainer.getByTestId('calibration-outcome').waitFor();

    await h.configure({ token: DEMO_TOKENS.reviewer2, undoWindowSeconds: 0 });
    const ben = await h.context.newPage();
    ben.setDefaultTimeout(15_000);
    await ben.goto(h.consoleUrl('/console/cases'));
    // One in four: the fourth row of the queue is the first gold case, looking like any other.
    const fourth = ben.locator('table tbody tr').nth(3).locator('a').first();
    expect(await fourth.textContent()).toBe(set.items[0]!.caseId);
    await fourth.click();
    const benPanel = await h.panelFrame(ben);
    await expect
      .poll(() => benPanel.getByTestId('case-id').textContent(), POLL)
      .toBe(set.items[0]!.caseId);
    await benPanel.getByTestId('provenance-freshness').first().waitFor(POLL);
    expect(await benPanel.getByTestId('practice-banner').count()).toBe(0);
    await benPanel.getByRole('radio', { name: /Warn user/ }).click();
    const reason = benPanel.getByLabel('Override reason');
    if (await reason.count()) await reason.fill('Context the model cannot see.');
    await benPanel.getByRole('button', { name: /Submit decision/ }).click();
    await expect
      .poll(() => benPanel.getByTestId('decision-state').textContent(), POLL)
      .toBe('Delivered');

    await trainer.getByRole('button', { name: 'Refresh progress' }).click();
    await expect
      .poll(() => trainer.getByText(/Calibration in live flow/).textContent(), POLL)
      .toContain('1 gold case met, 1 matched gold');
    // Never a live decision: the case API's live log has nothing on the gold case.
    const live = await fetch(`${h.api.url}/api/decisions?limit=1000`, {
      headers: { authorization: `Bearer ${DEMO_TOKENS.lead}` },
    });
    const { decisions } = (await live.json()) as { decisions: { caseId: string }[] };
    expect(decisions.some((d) => d.caseId === set.items[0]!.caseId)).toBe(false);
  });
});

const GOLD_KEYS: Record<string, string> = {
  'no-action': '1',
  warn: '2',
  remove: '3',
  'escalate-self-harm': '6',
};
