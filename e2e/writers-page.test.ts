import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  startTicketConsole,
  type TicketConsole,
} from '../utils/case/writer/__tests__/ticket-console';
import { startHarness, type Harness } from './harness';

/**
 * A lead sets up a writer on the Writers page alone, by mouse and keyboard: Redmine's preset
 * made for a Redmine-shaped API on loopback, its API key, a preview with the key masked, and
 * one real test send that lands as one note on the ticket.
 */
const API_KEY = 'e2e-redmine-key';
const text = (locator: Locator) => locator.textContent().then((t) => t ?? '');

describe('the Writers page', () => {
  let h: Harness;
  let tickets: TicketConsole;
  let lead: Page;
  beforeAll(async () => {
    tickets = await startTicketConsole(API_KEY);
    h = await startHarness();
    lead = await h.context.newPage();
  });
  afterAll(async () => {
    await h.close();
    await tickets.close();
  });

  const row = () => lead.getByTestId('writer-redmine');

  test('adds a writer from a preset, naming problems by field', async () => {
    await lead.goto(h.extensionUrl('options.html'));
    await lead.getByRole('link', { name: 'Writers (write-back)' }).click();
    await lead.getByRole('heading', { name: 'Writers', exact: true }).waitFor();

    const editor = lead.getByTestId('writer-json');
    await editor.fill('{ "format": "caselight-writer/1", "id": "x" }');
    await expect.poll(() => text(lead.getByTestId('adapter-problems'))).toContain('name:');

    await lead.getByLabel('Console', { exact: true }).selectOption('redmine');
    await lead.getByLabel('Console address').fill(tickets.url);
    await lead.getByRole('button', { name: 'Make the definition' }).click();
    await expect.poll(() => editor.inputValue()).toContain(`"baseUrl": "${tickets.url}"`);
    await lead.getByRole('button', { name: 'Save and allow its address' }).click();

    await row().waitFor();
    expect(await text(row().getByTestId('writer-credential'))).toBe('missing');
    expect(await text(row())).toContain('Tried against Redmine 5');
  });

  test('keeps the API key for the writer’s origin and never shows it', async () => {
    await row().getByRole('button', { name: 'Credentials' }).click();
    const key = row().getByLabel('API key (sent as X-Redmine-API-Key)');
    await key.fill(API_KEY);
    await key.press('Enter');
    const origin = new URL(tickets.url).origin;
    await expect
      .poll(() => text(row().getByTestId('writer-credential')))
      .toBe(`saved for ${origin}`);
    expect(await key.inputValue()).toBe('');
    expect(await lead.content()).not.toContain(API_KEY);
  });

  test('previews the exact requests, then writes one note once confirmed', async () => {
    await row().getByRole('button', { name: 'Test' }).click();
    await row().getByLabel('Case id').fill('4');
    await row().getByLabel('Action').selectOption({ label: 'Remove content' });
    await row().getByRole('button', { name: 'Preview' }).click();

    const preview = row().getByTestId('writer-preview');
    await preview.waitFor();
    const shown = await text(preview);
    expect(shown).toContain(`PUT ${tickets.url}/issues/4.json`);
    expect(shown).toContain('x-redmine-api-key: ••••••');
    expect(shown).toContain('after writing, looked up to confirm');
    expect(shown).toContain('Caselight decision: Remove content');
    expect(shown).not.toContain(API_KEY);
    expect(tickets.requests).toEqual([]);

    await row().getByRole('button', { name: 'Send once…' }).click();
    await lead.keyboard.press('Enter'); // "Send it" has the focus
    await expect
      .poll(() => text(row().getByTestId('writer-test-outcome')), { timeout: 15_000 })
      .toContain('Written: note #100');
    const journals = tickets.journals.get('4')!;
    expect(journals).toHaveLength(1);
    expect(journals[0]!.notes).toMatch(/\[caselight:[0-9a-f-]{36}\]$/);
  });
});
