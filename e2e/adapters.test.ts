import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasPanel, startHarness, type Harness } from './harness';

/**
 * A lead adds a console Caselight does not know, as data, through the extension's own pages:
 * the classic demo console, served on `localhost` (a host the manifest's content script does
 * not cover), so the run-time registration is what puts the panel there.
 */
const classicAdapter = {
  format: 'caselight-adapter/1',
  id: 'classic-admin',
  name: 'Classic admin',
  matches: ['http://localhost/*'],
  casePageUrl: '/classic/ticket\\?',
  ready: 'table.ticket-props',
  caseId: { from: 'url', regex: '[?&]id=([^&#]+)' },
  subject: { selector: 'h2.ticket-title' },
  status: { selector: 'tr.prop-status td' },
  queue: { selector: 'tr.prop-queue td' },
  priority: { selector: 'tr.prop-priority td' },
  createdAt: { selector: 'tr.prop-created .ts', attribute: 'title' },
  reporter: {
    name: { selector: 'tr.prop-reporter .user-name' },
    id: { selector: 'tr.prop-reporter .user-id' },
  },
  reported: {
    name: { selector: 'tr.prop-reported .user-name' },
    id: { selector: 'tr.prop-reported .user-id' },
  },
  items: {
    selector: 'table.ticket-thread tr.msg',
    id: { selector: ':scope', attribute: 'data-msg' },
    author: { selector: '.msg-author' },
    role: { selector: '.msg-role' },
    time: { selector: '.ts', attribute: 'title' },
    text: { selector: '.msg-text' },
    media: { selector: '.msg-files img' },
  },
  required: ['items'],
};

describe('a console added at run time', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ apiFaults: true });
    await h.configure();
  });
  afterAll(() => h.close());

  const ticketUrl = (id: string) =>
    `${h.api.url.replace('127.0.0.1', 'localhost')}/classic/ticket?id=${id}`;

  test('is read once its adapter is saved, reports a redesign by field, and leaves when removed', async () => {
    const consolePage = await h.context.newPage();
    await consolePage.goto(ticketUrl('C-1002'));
    await consolePage.locator('table.ticket-thread').waitFor();
    await consolePage.waitForTimeout(300);
    expect(hasPanel(h, consolePage)).toBe(false);

    const lead = await h.context.newPage();
    await lead.goto(h.extensionUrl('options.html'));
    await lead.getByRole('link', { name: 'Console adapters' }).click();
    const editor = lead.getByTestId('adapter-json');
    await editor.fill('{ "format": "caselight-adapter/1", "id": "x" }');
    await expect.poll(() => lead.getByTestId('adapter-problems').textContent()).toContain('name:');
    await editor.fill(JSON.stringify(classicAdapter, null, 2));
    await lead.getByRole('button', { name: 'Save and allow its sites' }).click();
    await lead.getByTestId('adapter-classic-admin').waitFor();

    // The tab that was already open gets the panel without a reload.
    const panel = await h.panelFrame(consolePage);
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1002');
    const subject = await consolePage.locator('h2.ticket-title').textContent();
    expect(await panel.getByTestId('case-subject').textContent()).toBe(subject);
    const rows = await consolePage.locator('table.ticket-thread tr.msg:not([hidden])').count();
    expect(await panel.getByTestId('case-items').textContent()).toBe(String(rows));
    expect(await panel.getByTestId('case-console').textContent()).toContain('classic-admin');

    // The console is redesigned under the adapter: the panel names the broken field.
    await fetch(`${h.api.url}/api/_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ classicDesign: 2 }),
    });
    await consolePage.reload();
    const after = await h.panelFrame(consolePage);
    const alert = after.getByTestId('case-unreadable');
    await expect.poll(() => alert.textContent()).toContain('items (table.ticket-thread tr.msg)');
    expect(await alert.textContent()).toContain('/classic/ticket');
    await expect
      .poll(() => lead.getByTestId('adapter-health').textContent())
      .toContain('1 broken read');

    await lead.getByTestId('adapter-classic-admin').getByRole('button', { name: 'Remove' }).click();
    await lead.getByRole('button', { name: 'Remove for good' }).click();
    await expect.poll(() => lead.getByTestId('adapter-classic-admin').count()).toBe(0);
    const fresh = await h.context.newPage();
    await fresh.goto(ticketUrl('C-1002'));
    await fresh.locator('.ticket-props').waitFor();
    await fresh.waitForTimeout(500);
    expect(hasPanel(h, fresh)).toBe(false);
  });
});
