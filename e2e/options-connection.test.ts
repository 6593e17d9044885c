import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startOpenAIStandIn, type StartedStandIn } from '../server/openai-stand-in';
import { startHarness, type Harness } from './harness';
import { fillSecret } from './options-page';
import { bindStoredModelKey, setStoredModelBaseUrl } from './stored-settings';

const KEY = 'stand-in-key';

async function openOptions(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(h.extensionUrl('options.html'));
  await page.getByLabel('Case API address').waitFor();
  return page;
}

async function saveAndCheck(page: Page) {
  await page.getByRole('button', { name: 'Save and check' }).click();
  await page
    .getByRole('status')
    .getByTestId('model-status')
    .filter({ hasNotText: 'checking' })
    .waitFor();
}

/** Clicks "Test connection" and returns the one finding line (or the ok line). */
async function testConnection(page: Page) {
  await page.getByRole('button', { name: 'Test connection' }).click();
  await page.getByRole('button', { name: 'Test connection' }).waitFor();
  const report = page.getByRole('status').getByTestId('model-status');
  const finding = report.getByTestId('check-finding').first();
  if (!(await finding.count())) return { kind: 'ok', text: await report.innerText() };
  return { kind: await finding.getAttribute('data-kind'), text: await finding.innerText() };
}

async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describe('options: write-only key and a connection test that names the failure', () => {
  let h: Harness;
  let guarded: StartedStandIn;
  beforeAll(async () => {
    h = await startHarness();
    guarded = await startOpenAIStandIn({ port: 0, apiKey: 'the-right-key' });
    await h.configure();
  });
  afterAll(async () => {
    await guarded.close();
    await h.close();
  });

  test('a saved key is never shown back; saving an empty field keeps it; Remove removes it', async () => {
    const page = await openOptions(h);
    await expect.poll(() => page.getByTestId('secret-saved').count()).toBe(2);
    expect(await page.content()).not.toContain(KEY);
    // Only the team entity key (investigations), which this test never saves, has an input.
    const inputs = page.locator('input[type=password]');
    expect(await inputs.count()).toBe(1);
    expect(await page.getByLabel('Team entity key (investigations)').count()).toBe(1);
    await saveAndCheck(page);
    expect((await testConnection(page)).kind).toBe('ok');

    await page.getByRole('button', { name: 'Remove the Model API key or proxy token' }).click();
    await saveAndCheck(page);
    const removed = await testConnection(page);
    expect(removed.kind).toBe('no-key');
    expect(removed.text).toContain('No model API key');

    await fillSecret(page, 'Model API key or proxy token', KEY);
    await saveAndCheck(page);
    expect((await testConnection(page)).kind).toBe('ok');
    expect(await page.content()).not.toContain(KEY);
    await page.close();
  });

  test('each failure is one line saying what failed and what to do', async () => {
    const page = await openOptions(h);
    const faults = [
      ['rate-limit', 'rate-limited', /429/],
      ['server-error', 'server-error', /server error \(500\)/],
      ['malformed', 'malformed', /not valid JSON/],
    ] as const;
    for (const [mode, kind, text] of faults) {
      h.standIn.setFaults({ mode, count: 1 });
      const line = await testConnection(page);
      expect(line.kind, mode).toBe(kind);
      expect(line.text, mode).toMatch(text);
    }

    await page.getByLabel('Model server address').fill(guarded.url);
    await saveAndCheck(page);
    const wrongKey = await testConnection(page);
    expect(wrongKey.kind).toBe('unauthorized');
    expect(wrongKey.text).toMatch(/401 wrong key.*Replace/);

    await page.getByLabel('Model server address').fill(`http://127.0.0.1:${await closedPort()}/v1`);
    await saveAndCheck(page);
    const refused = await testConnection(page);
    // Without the webRequest permission the browser does not say which network step failed.
    expect(['refused', 'unreachable']).toContain(refused.kind);
    expect(refused.text).toMatch(/Cannot connect|refused/);

    // Stored without a save in Options: the key was approved for another server.
    await setStoredModelBaseUrl(page, 'https://models.example.invalid/v1');
    const elsewhere = await testConnection(page);
    expect(elsewhere.kind).toBe('key-origin');
    // Approved for the last address saved here, the closed port.
    expect(elsewhere.text).toMatch(
      /approved for http:\/\/127\.0\.0\.1:\d+, not https:\/\/models\.example\.invalid/,
    );
    // As if saved for it, with access withdrawn since.
    await bindStoredModelKey(page, 'https://models.example.invalid/v1');
    const permission = await testConnection(page);
    expect(permission.kind).toBe('permission');
    expect(permission.text).toContain('allow access');

    await page.getByLabel('Model server address').fill(h.standIn.url);
    await saveAndCheck(page);
    expect((await testConnection(page)).kind).toBe('ok');
    await page.close();
  });

  test('bounds and redaction are validated by the schema, errors named by field, and saved', async () => {
    const page = await openOptions(h);
    await page.getByLabel('Uncertain from').fill('0.8');
    await page.getByLabel('Uncertain up to').fill('0.2');
    await page.getByRole('button', { name: 'Save and check' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain('Uncertain up to: Must be above the lower bound');
    expect(await page.getByLabel('Uncertain up to').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Uncertain up to').fill('0.9');
    await page.getByLabel('IP addresses').uncheck();
    await saveAndCheck(page);
    await page.reload();
    await page.getByLabel('Case API address').waitFor();
    expect(await page.getByLabel('Uncertain from').inputValue()).toBe('0.8');
    expect(await page.getByLabel('IP addresses').isChecked()).toBe(false);
    expect(await page.getByLabel('Email addresses').isChecked()).toBe(true);
    await page.close();
  });
});
