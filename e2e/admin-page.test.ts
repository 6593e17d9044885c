import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS } from '../server';
import { extensionPage } from './a11y-steps';
import { startHarness, type Harness } from './harness';

/**
 * An admin sets up a vendor team from the admin page: the token it shows once signs in to the
 * case API with the team; revoking it, or disabling the user, shuts that door at once; every
 * change is in the audit log. Checked against the case API itself, not the page's own lists.
 */

async function me(h: Harness, token: string) {
  const response = await fetch(`${h.api.url}/api/me`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    body: response.ok ? ((await response.json()) as unknown) : undefined,
  };
}

async function openAsAdmin(h: Harness): Promise<Page> {
  const page = await extensionPage(h, 'admin.html', (p) =>
    p.getByRole('heading', { name: 'Caselight administration' }).waitFor(),
  );
  // The extension is configured with a reviewer's token: the page says so and offers a switch.
  await page.getByTestId('not-an-admin').waitFor();
  await page.getByRole('button', { name: 'Use another token for this page' }).click();
  await page.getByLabel('Token for this page (not saved)').fill(DEMO_TOKENS.admin);
  await page.getByRole('button', { name: 'Use token' }).click();
  await page.getByRole('region', { name: 'Users' }).waitFor();
  return page;
}

async function issueTokenTo(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: `Issue token to ${name}` }).click();
  const token = (await page.getByTestId('issued-token').innerText()).trim();
  await page
    .getByRole('region', { name: 'New token' })
    .getByRole('button', { name: 'Done' })
    .click();
  return token;
}

describe('admin page', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
    page = await openAsAdmin(h);
  });
  afterAll(() => h.close());

  test('creates a vendor team and a QA reviewer in it, whose token signs in with the team', async () => {
    const teams = page.getByRole('form', { name: 'Add a team' });
    await teams.getByLabel('Team name').fill('Tern Vendor');
    await teams.getByLabel('Kind').selectOption('vendor');
    await teams.getByRole('button', { name: 'Add team' }).click();
    await page.getByRole('region', { name: 'Teams' }).getByText('Tern Vendor').waitFor();

    const users = page.getByRole('form', { name: 'Add a user' });
    await users.getByLabel('Name').fill('Vera Check');
    await users.getByLabel('Role').selectOption('qa-reviewer');
    await users.getByLabel('Team').selectOption({ label: 'Tern Vendor' });
    await users.getByLabel('Site (optional)').fill('Manila');
    await users.getByRole('button', { name: 'Add user' }).click();

    const token = await issueTokenTo(page, 'Vera Check');
    expect(token).toMatch(/^cl_/);
    expect(await me(h, token)).toMatchObject({
      status: 200,
      body: {
        id: 'vera-check',
        role: 'qa-reviewer',
        site: 'Manila',
        team: { id: 'tern-vendor', name: 'Tern Vendor', kind: 'vendor' },
      },
    });
  });

  test('revoking a token and disabling a user refuse their next request', async () => {
    const revoked = await issueTokenTo(page, 'Vera Check');
    expect((await me(h, revoked)).status).toBe(200);
    const revoke = page.getByRole('button', { name: /^Revoke token / });
    const before = await revoke.count();
    // The newest token is listed first.
    await revoke.first().click();
    await expect.poll(() => revoke.count()).toBe(before - 1);
    expect((await me(h, revoked)).status).toBe(401);

    const kept = await issueTokenTo(page, 'Vera Check');
    expect((await me(h, kept)).status).toBe(200);
    await page.getByRole('button', { name: 'Disable Vera Check' }).click();
    await page.getByRole('button', { name: 'Enable Vera Check' }).waitFor();
    expect((await me(h, kept)).status).toBe(401);
  });

  test('refuses disabling the admin using the page, and says why', async () => {
    await page.getByRole('button', { name: 'Disable Root Admin' }).click();
    await expect.poll(() => page.getByTestId('admin-refusal').textContent()).toContain('yourself');
    expect((await me(h, DEMO_TOKENS.admin)).status).toBe(200);
  });

  test('shows every change in the audit log, as the admin, newest first', async () => {
    const actions = page.getByRole('region', { name: 'Audit log' }).getByTestId('audit-entry');
    await expect.poll(() => actions.first().innerText()).toContain('user.disable');
    const texts = await actions.allInnerTexts();
    const ours = texts.filter((t) => t.includes('vera-check') || t.includes('tern-vendor'));
    expect(ours.map((t) => t.split('\t')[2])).toEqual([
      'user.disable',
      'token.issue',
      'token.revoke',
      'token.issue',
      'token.issue',
      'user.create',
      'team.create',
    ]);
    expect(new Set(ours.map((t) => t.split('\t')[1]))).toEqual(new Set(['admin-root']));
  });
});
