import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS, startCaseApi, type StartedServer } from '../server';
import { startLocalProvider, type LocalProvider } from '../server/oidc-provider/start-provider';
import { launchWithExtension } from './browser';

/**
 * A reviewer's browser rolled out by policy (case API, SSO issuer and client id set by the
 * administrator, no settings typed) signs in through a real OpenID provider (oidc-provider)
 * with `identity.launchWebAuthFlow` and PKCE; the panel then works with that session.
 */

const POLICY_DIR = '/etc/chromium/policies/managed';
const policyFile = join(POLICY_DIR, `caselight-sso-e2e-${process.pid}.json`);

describe('single sign-on, rolled out by policy', () => {
  let provider: LocalProvider;
  let api: StartedServer;
  let context: BrowserContext;
  let extensionId: string;

  beforeAll(async () => {
    // The unpacked extension's id comes from its path: learn it, then write the policy for it
    // (Chromium reads policy at start) and register its redirect address at the provider.
    const probe = await launchWithExtension();
    extensionId = probe.extensionId;
    await probe.context.close();
    provider = await startLocalProvider({
      redirectUris: [`https://${extensionId}.chromiumapp.org/`],
      corsOrigins: [`chrome-extension://${extensionId}`],
    });
    api = await startCaseApi({
      port: 0,
      demo: true,
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        groupsClaim: 'groups',
        sessionHours: 8,
      },
    });
    await fetch(`${api.url}/api/admin/sso-groups`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEMO_TOKENS.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ group: 'ts-acme', role: 'reviewer', teamId: 'acme-bpo' }),
    });
    provider.accounts.set('okta|rae', {
      name: 'Rae Okta',
      email: 'rae@acme.example',
      groups: ['ts-acme'],
    });
    provider.accounts.set('okta|max', {
      name: 'Max',
      email: 'max@else.example',
      groups: ['marketing'],
    });
    const policy = {
      caseApiUrl: `${api.url}/api`,
      ssoIssuer: provider.issuer,
      ssoClientId: provider.clientId,
      moderationModel: '   ', // a string, so Chromium passes it on; Caselight must refuse it
    };
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      policyFile,
      JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }),
    );
    ({ context } = await launchWithExtension());
  });
  afterAll(async () => {
    await context?.close();
    rmSync(policyFile, { force: true });
    await api?.close();
    await provider?.close();
  });

  const openOptions = async (): Promise<Page> => {
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByLabel('Case API address').waitFor();
    return page;
  };

  test('the options page shows what the administrator locked, and names the bad value', async () => {
    const page = await openOptions();
    const address = page.getByLabel('Case API address');
    await expect.poll(() => address.getAttribute('data-locked')).toBe('true');
    expect(await address.inputValue()).toBe(`${api.url}/api`);
    expect(await page.getByLabel('SSO issuer').inputValue()).toBe(provider.issuer);
    expect(await page.getByLabel('SSO client id').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('policy-problems').innerText()).toContain('moderationModel');
    await page.close();
  });

  test('someone whose groups map to no role is told so, and is not signed in', async () => {
    provider.signInAs('okta|max');
    const page = await openOptions();
    await page.getByRole('button', { name: 'Sign in with SSO' }).click();
    await expect.poll(() => page.getByTestId('sso-error').textContent()).toContain('marketing');
    expect(await page.getByTestId('sso-status').textContent()).toBe('Not signed in with SSO.');
    await page.close();
  });

  test('signs in through the provider; the panel uses the session; an ended session says sign in again', async () => {
    provider.signInAs('okta|rae');
    const options = await openOptions();
    await options.getByRole('button', { name: 'Sign in with SSO' }).click();
    await expect
      .poll(() => options.getByTestId('sso-status').textContent())
      .toContain('Signed in as Rae Okta (reviewer)');

    const page = await context.newPage();
    await page.goto(`${api.url}/console/cases/C-1001`);
    const frame = await waitForPanel(page, extensionId);
    await expect
      .poll(() => frame.getByTestId('api-status').textContent(), { timeout: 20_000 })
      .toContain('connected as Rae Okta (reviewer)');

    await endSession(options);
    await options.reload();
    await expect
      .poll(() => options.getByTestId('sso-status').textContent())
      .toContain('sign in again');
    await page.reload();
    const again = await waitForPanel(page, extensionId);
    await expect
      .poll(() => again.getByTestId('api-status').textContent(), { timeout: 40_000 })
      .toContain('sign in again');
  });
});

async function waitForPanel(page: Page, extensionId: string) {
  const prefix = `chrome-extension://${extensionId}/panel.html`;
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix) && !f.isDetached());
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('no panel');
}

/** Moves the stored session's end into the past, as if a working day went by. */
function endSession(page: Page) {
  return page.evaluate(async () => {
    const open = indexedDB.open('caselight-secrets');
    const db = await new Promise<IDBDatabase>((resolve) =>
      open.addEventListener('success', () => resolve(open.result)),
    );
    const store = () => db.transaction('secrets', 'readwrite').objectStore('secrets');
    const read = store().get('ssoSession');
    const record = await new Promise<Record<string, unknown>>((resolve) =>
      read.addEventListener('success', () => resolve(read.result as Record<string, unknown>)),
    );
    const write = store().put(
      { ...record, expiresAt: new Date(Date.now() - 60_000).toISOString() },
      'ssoSession',
    );
    await new Promise((resolve) => write.addEventListener('success', resolve));
    db.close();
  });
}
