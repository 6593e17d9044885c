import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { redmineWriterPreset } from '../utils/case/presets/redmine-writer';
import { DEMO_TOKENS } from '../server';
import { startHarness, type Harness } from './harness';
import { redmineApi, useRedmine } from './redmine/use-redmine';
import { sendFromExtensionPage } from './extension-message';

/**
 * The loop the product exists for, on a console we did not build: a lead adds Redmine's
 * adapter and writer, a reviewer opens an issue in Debian's Redmine, decides by keyboard, and
 * the decision lands in the case API and, as a note with a status change, in Redmine itself,
 * checked through Redmine's own REST API.
 */
const redmine = useRedmine();

interface Journal {
  id: number;
  notes: string;
  user: { name: string };
}
async function issue(id: number) {
  const response = await redmineApi(redmine(), `/issues/${id}.json?include=journals`);
  return ((await response.json()) as { issue: { status: { name: string }; journals: Journal[] } })
    .issue;
}

/** What an extension page sends the background: the lead's set-up, as the Writers page does. */

async function signInToRedmine(page: Page, login: string) {
  await page.goto(`${redmine().url}/login`);
  await page.locator('#username').fill(login);
  await page.locator('#password').fill(redmine().seed.password);
  await page.locator('#login-submit').click();
  await page.locator('#loggedas').waitFor();
}

describe('a decision made on a Redmine issue', () => {
  let h: Harness;
  let lead: Page;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure({ undoWindowSeconds: 0 });
    lead = await h.context.newPage();
    await lead.goto(h.extensionUrl('options.html'));
    await lead.getByRole('link', { name: 'Console adapters' }).click();
    // As a lead does it: the Redmine preset for this address, then the reported account added
    // from the custom field this installation keeps it in (the preset's hint says how).
    await lead.getByLabel('Console address').fill(redmine().url);
    await lead.getByRole('button', { name: 'Make the definition' }).click();
    const editor = lead.getByTestId('adapter-json');
    for (let tries = 0; !(await editor.inputValue()).includes(redmine().url); tries++) {
      if (tries > 100) throw new Error('The Redmine preset never reached the editor');
      await lead.waitForTimeout(50);
    }
    const made = JSON.parse(await editor.inputValue()) as Record<string, unknown>;
    const field = redmine().seed.reportedAccountFieldId;
    const cf = `div.issue.details .cf_${field}.attribute > .value`;
    await editor.fill(JSON.stringify({ ...made, reported: { name: { selector: cf } } }, null, 2));
    await lead.getByRole('button', { name: 'Save and allow its sites' }).click();
    await lead.getByTestId('adapter-redmine').waitFor();
    const saved = await sendFromExtensionPage(lead, {
      type: 'writers:save',
      definition: redmineWriterPreset(redmine().url),
    });
    if ((saved as { ok?: boolean }).ok !== true)
      throw new Error(`writer not saved: ${JSON.stringify(saved)}`);
    const credentials = await sendFromExtensionPage(lead, {
      type: 'writers:save-credentials',
      writerId: 'redmine',
      secret: { kind: 'token', token: redmine().seed.reviewerApiKey },
    });
    if ((credentials as { ok?: boolean }).ok !== true)
      throw new Error(`credentials not saved: ${JSON.stringify(credentials)}`);
  });
  afterAll(() => h.close());

  async function openIssue(id: number): Promise<{ page: Page; panel: Frame }> {
    const page = await h.context.newPage();
    await signInToRedmine(page, 'tkim');
    await page.goto(`${redmine().url}/issues/${id}`);
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe(String(id));
    const submit = panel.getByRole('button', { name: /Submit decision|Add second opinion/ });
    await expect.poll(() => submit.isEnabled(), { timeout: 15_000 }).toBe(true);
    return { page, panel };
  }

  test('lands in the case API and as one note with the status in Redmine', async () => {
    const scam = redmine().seed.issues[1]!;
    const { page, panel } = await openIssue(scam.id);
    expect(await panel.getByTestId('case-subject').textContent()).toBe(scam.subject);
    expect(await panel.getByTestId('case-console').textContent()).toContain('redmine');
    expect(await panel.locator('body').textContent()).toContain(scam.reportedAccount);

    await page.keyboard.press('Alt+Shift+K');
    await page.keyboard.press('3'); // Remove content
    await panel.getByTestId('provenance-freshness').first().waitFor({ timeout: 15_000 });
    const reason = panel.getByLabel('Override reason');
    if (await reason.count()) await reason.fill('Context the model cannot see.');
    await panel.getByLabel(/Note/).fill('Phishing link to a fake wallet page.');
    await page.keyboard.press('Control+Enter');

    const destination = panel.getByTestId('destination');
    await expect
      .poll(() => destination.getAttribute('data-state'), { timeout: 20_000 })
      .toBe('delivered');
    // Delivered once Redmine acknowledged; the note's id is read back a moment later.
    await expect
      .poll(() => panel.getByTestId('destinations').textContent())
      .toMatch(/Case API ✓· Redmine ✓ note #\d+/);

    const after = await issue(scam.id);
    const notes = after.journals.filter((j) => j.notes.includes('Caselight decision'));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.notes).toContain('Caselight decision: Remove content');
    expect(notes[0]!.notes).toContain('Phishing link to a fake wallet page.');
    expect(notes[0]!.notes).toMatch(/\[caselight:[0-9a-f-]{36}\]$/);
    expect(notes[0]!.user.name).toBe('Taylor Kim');
    expect(after.status.name).toBe('Resolved');
    const shown = await destination.textContent();
    expect(shown).toContain(`note #${notes[0]!.id}`);

    const history = await fetch(`${h.api.url}/api/consoles/redmine/cases/${scam.id}/decisions`, {
      headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
    });
    const { decisions } = (await history.json()) as {
      decisions: { action: string; console: string }[];
    };
    expect(decisions).toEqual([expect.objectContaining({ action: 'remove', console: 'redmine' })]);
    await expect.poll(() => panel.getByTestId('history').textContent()).toContain('Remove content');

    // Reverse after delivery: the writer's reversal note, and the issue reopened for review.
    await panel.getByTestId('decision-entry').getByRole('button', { name: 'Reverse' }).click();
    await expect
      .poll(
        async () =>
          (await issue(scam.id)).journals.filter((j) => j.notes.includes('was reversed')).length,
        {
          timeout: 20_000,
        },
      )
      .toBe(1);
    expect((await issue(scam.id)).status.name).toBe('In Progress');
    await page.close();
  });
});
