import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS } from '../server';
import { framePanelItself } from './forged-panel';
import { startHarness, type Harness } from './harness';

async function decisionsOn(h: Harness, caseId: string) {
  const response = await fetch(`${h.api.url}/api/cases/${caseId}/decisions`, {
    headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
  });
  return (
    (await response.json()) as {
      decisions: {
        id: string;
        action: string;
        reviewerId: string;
        handleTimeMs: number;
        guidanceVersion: number;
        note?: string;
      }[];
    }
  ).decisions;
}

async function openCase(h: Harness, caseId: string): Promise<{ page: Page; panel: Frame }> {
  const page = await h.context.newPage();
  await page.goto(h.consoleUrl(`/console/cases/${caseId}`));
  const panel = await h.panelFrame(page);
  await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe(caseId);
  await panel.getByRole('button', { name: /Submit decision|Add second opinion/ }).waitFor();
  await expect
    .poll(() =>
      panel.getByRole('button', { name: /Submit decision|Add second opinion/ }).isEnabled(),
    )
    .toBe(true);
  return { page, panel };
}

/**
 * Scores arrive after the form: wait for them, and when the chosen action differs from the
 * suggestion give the reason the form then asks for.
 */
async function overrideIfSuggested(panel: Frame) {
  await panel.getByTestId('provenance-freshness').first().waitFor({ timeout: 15_000 });
  const reason = panel.getByLabel('Override reason');
  if (await reason.count()) await reason.fill('Context the model cannot see.');
}

/**
 * A page sets its trap a moment before the reviewer clicks (the panel also refuses a trap set
 * at the last moment, by waiting for the browser's late report; that race is unit-tested).
 */
const ATTACKER_LEAD_MS = 300;

const setFaults = (h: Harness, body: object) =>
  fetch(`${h.api.url}/api/_faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('deciding from the panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ apiFaults: true });
    await h.configure({ undoWindowSeconds: 2 });
  });
  afterAll(() => h.close());

  test('by keyboard: a key picks the action, Enter submits, Undo inside the window sends nothing', async () => {
    const { page, panel } = await openCase(h, 'C-1001');
    await page.locator('.case-subject').click(); // the reviewer is working in the console…
    await page.keyboard.press('Alt+Shift+K'); // …and jumps into the panel without the mouse
    await page.keyboard.press('3');
    await expect
      .poll(() => panel.getByRole('radio', { name: /Remove content/ }).getAttribute('aria-checked'))
      .toBe('true');
    await page.keyboard.press('Enter');
    const entry = panel.getByTestId('decision-entry');
    await expect.poll(() => entry.getByTestId('decision-state').textContent()).toContain('Queued');
    await entry.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => entry.count()).toBe(0);
    await page.waitForTimeout(2500);
    expect(await decisionsOn(h, 'C-1001')).toEqual([]);
    await page.close();
  });

  test('a decision is delivered once, with its author, handle time and guidance version, and shows in history', async () => {
    const { page, panel } = await openCase(h, 'C-1002');
    await page.keyboard.press('Alt+Shift+K');
    await page.keyboard.press('4'); // Suspend account needs a note
    await page.keyboard.press('Enter');
    await panel.getByText(/needs a note/).waitFor();
    await overrideIfSuggested(panel);
    await panel.getByLabel(/Note/).fill('Threat names a place and time.');
    await page.keyboard.press('Control+Enter');
    const state = panel.getByTestId('decision-state');
    await expect.poll(() => state.textContent(), { timeout: 10_000 }).toBe('Delivered');
    const stored = await decisionsOn(h, 'C-1002');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      action: 'suspend',
      reviewerId: 'rev-ana',
      guidanceVersion: 1,
      note: 'Threat names a place and time.',
    });
    expect(stored[0]!.handleTimeMs).toBeGreaterThan(0);
    await expect
      .poll(() => panel.getByTestId('history').textContent())
      .toContain('Suspend account by Ana Reviewer');
    await page.close();
  });

  test('a case already decided by someone else says who, and offers a second opinion', async () => {
    const other = {
      id: crypto.randomUUID(),
      caseId: 'C-1003',
      console: 'demo-console',
      reviewerId: 'rev-ben',
      action: 'remove',
      policyIds: ['spam-scams'],
      decidedAt: new Date().toISOString(),
      handleTimeMs: 1000,
      guidanceVersion: 1,
      agreement: 'no-suggestion',
      mode: 'live',
    };
    const posted = await fetch(`${h.api.url}/api/cases/C-1003/decisions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${DEMO_TOKENS.reviewer2}`,
        'idempotency-key': other.id,
        'content-type': 'application/json',
      },
      body: JSON.stringify(other),
    });
    expect(posted.status).toBe(201);
    const { panel } = await openCase(h, 'C-1003');
    await expect
      .poll(() => panel.getByTestId('already-decided').textContent())
      .toContain('Ben Okafor');
    await panel.getByRole('radio', { name: /Warn user/ }).click();
    await overrideIfSuggested(panel);
    await panel.getByRole('button', { name: /Add second opinion/ }).click();
    await expect
      .poll(() => panel.getByTestId('decision-state').textContent(), { timeout: 10_000 })
      .toBe('Delivered');
    expect((await decisionsOn(h, 'C-1003')).map((d) => d.reviewerId)).toEqual([
      'rev-ben',
      'rev-ana',
    ]);
  });

  test('a panel the console fades or veils takes no decision until the reviewer can see it', async () => {
    const { page, panel } = await openCase(h, 'C-1005');
    const submit = panel.getByRole('button', { name: /Submit decision/ });
    const refusal = panel.getByRole('alert').filter({ hasText: 'covering or fading' });
    const entry = panel.getByTestId('decision-entry');
    await panel.getByRole('radio', { name: /No violation/ }).click();
    await overrideIfSuggested(panel);

    // The page cannot reach into the dock, but it can fade it out…
    const dock = page.locator('caselight-dock');
    await dock.evaluate((host: HTMLElement) => (host.style.opacity = '0.05'));
    await page.waitForTimeout(ATTACKER_LEAD_MS);
    await submit.click();
    await refusal.waitFor();
    expect(await entry.count()).toBe(0);

    // …or lay a see-through layer over it that lets the clicks through.
    await dock.evaluate((host: HTMLElement) => (host.style.opacity = ''));
    await page.evaluate(() => {
      const veil = document.createElement('div');
      veil.id = 'veil';
      veil.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none';
      document.documentElement.append(veil);
    });
    await page.waitForTimeout(ATTACKER_LEAD_MS);
    await submit.click();
    await refusal.waitFor();
    expect(await entry.count()).toBe(0);
    expect(await decisionsOn(h, 'C-1005')).toEqual([]);

    // In plain sight it goes through (the browser re-checks within a frame or two).
    await page.evaluate(() => document.getElementById('veil')!.remove());
    await expect
      .poll(async () => {
        if ((await entry.count()) === 0) await submit.click();
        return entry.count();
      })
      .toBe(1);
    await expect
      .poll(() => entry.getByTestId('decision-state').textContent(), { timeout: 10_000 })
      .toBe('Delivered');
    expect((await decisionsOn(h, 'C-1005')).map((d) => d.action)).toEqual(['no-action']);
    await page.close();
  });

  test('a panel the console frames itself, out of sight, takes no decision', async () => {
    const { page } = await openCase(h, 'C-1006');
    const forged = await framePanelItself(
      h,
      page,
      'C-1006',
      'inset:0;width:100%;height:100%;opacity:0',
    );
    await forged.getByRole('radio', { name: /Remove content/ }).click();
    await overrideIfSuggested(forged);
    await forged.getByRole('button', { name: /Submit decision/ }).click();
    await forged.getByRole('alert').filter({ hasText: 'covering or fading' }).waitFor();
    expect(await forged.getByTestId('decision-entry').count()).toBe(0);
    expect(await decisionsOn(h, 'C-1006')).toEqual([]);
    await page.close();
  });

  test('keys the console page steers into a panel by moving focus there decide nothing', async () => {
    // Our own dock's frame is out of the page's reach (closed shadow root, not in
    // `window.frames`), but the page can lay a panel frame of its own over it and focus that.
    const { page } = await openCase(h, 'C-1007');
    const forged = await framePanelItself(
      h,
      page,
      'C-1007',
      'top:0;right:0;width:420px;height:100%',
    );
    const entry = forged.getByTestId('decision-entry');
    await forged.getByRole('radio', { name: /No violation/ }).click();
    await overrideIfSuggested(forged);
    await page.locator('.case-subject').click(); // the reviewer goes back to the console…

    // …and the page moves the focus into its frame, under the reviewer's typing. (Again until
    // it holds: the focus change of the reviewer's click may still be on its way.)
    await expect
      .poll(async () => {
        await page.evaluate(() =>
          document
            .querySelector<HTMLIFrameElement>('iframe[name="forged"]')!
            .contentWindow!.focus(),
        );
        return forged.evaluate(() => document.hasFocus());
      })
      .toBe(true);
    await page.keyboard.press('Enter');
    await forged.getByRole('alert').filter({ hasText: 'without you sending them there' }).waitFor();
    expect(await entry.count()).toBe(0);
    expect(await decisionsOn(h, 'C-1007')).toEqual([]);

    // The reviewer's own press in that (visible) panel is theirs, and decides.
    await forged.getByRole('button', { name: /Submit decision/ }).click();
    await expect
      .poll(() => entry.getByTestId('decision-state').textContent(), { timeout: 10_000 })
      .toBe('Delivered');
    expect((await decisionsOn(h, 'C-1007')).map((d) => d.action)).toEqual(['no-action']);
    await page.close();
  });

  test('while the case API fails the decision stays queued and is delivered when it recovers', async () => {
    await setFaults(h, { mode: 'error-500' });
    const { page, panel } = await openCase(h, 'C-1004');
    await panel.getByRole('radio', { name: /Remove content/ }).click();
    await panel.getByRole('button', { name: /Submit decision/ }).click();
    const entry = panel.getByTestId('decision-entry');
    await expect.poll(() => entry.textContent(), { timeout: 10_000 }).toContain('answered 500');
    expect(await decisionsOn(h, 'C-1004')).toEqual([]);
    await setFaults(h, { mode: 'none' });
    await entry.getByRole('button', { name: 'Retry now' }).click();
    await expect
      .poll(() => entry.getByTestId('decision-state').textContent(), { timeout: 30_000 })
      .toBe('Delivered');
    expect(await decisionsOn(h, 'C-1004')).toHaveLength(1);
    await page.close();
  });
});
