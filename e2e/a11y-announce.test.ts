import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decisionState, openCase, setFaults, submitDecision } from './a11y-steps';
import { startHarness, type Harness } from './harness';

/**
 * What a screen reader hears without moving focus, read from the panel's live regions: new
 * scores with the suggestion, and each decision's delivery state (politely), and a refusal
 * (assertively, the only thing that interrupts).
 */
const POLL = { timeout: 15_000 };

describe('screen reader announcements in the docked panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ apiFaults: true });
    await h.configure({ undoWindowSeconds: 2 });
  });
  afterAll(() => h.close());

  test('new scores and the suggestion are announced politely', async () => {
    const { page, panel } = await openCase(h, 'C-1002');
    const polite = panel.getByTestId('live-polite');
    expect(await polite.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => polite.textContent(), POLL).toMatch(/^Scores for C-1002: risk \w+/);
    const suggested = await panel.getByTestId('suggested-action').first().textContent();
    expect(await polite.textContent()).toContain(`Suggestion: ${suggested},`);
    await page.close();
  });

  test('a decision is announced queued, then delivered', async () => {
    const { page, panel } = await openCase(h, 'C-1006');
    const polite = panel.getByTestId('live-polite');
    await submitDecision(panel, /Warn user/);
    await expect
      .poll(() => polite.textContent(), POLL)
      .toBe('Warn user: queued. Undo is possible until it is sent.');
    await decisionState(panel, 'Delivered');
    await expect.poll(() => polite.textContent(), POLL).toBe('Warn user: delivered.');
    expect(await panel.getByTestId('live-urgent').textContent()).toBe('');
    await page.close();
  });

  test('a decision the case API refuses is announced assertively, with its reason', async () => {
    await setFaults(h, { mode: 'refuse-422' });
    const { page, panel } = await openCase(h, 'C-1007');
    await submitDecision(panel, /Remove content/);
    const urgent = panel.getByTestId('live-urgent');
    expect(await urgent.getAttribute('aria-live')).toBe('assertive');
    await expect
      .poll(() => urgent.textContent(), POLL)
      .toBe(
        'Remove content: failed. The case API refused the decision (422): Injected fault: the decision is refused.',
      );
    await setFaults(h, { mode: 'none' });
    await page.close();
  });
});
