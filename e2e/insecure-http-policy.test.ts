import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension } from './browser';
import { DEMO_TOKENS } from '../server';
import { startHarness, type Harness } from './harness';
import { fillOptions } from './options-page';
import { bindStoredModelKey, setStoredModelBaseUrl } from './stored-settings';

/**
 * The model key over http:// to another machine: refused, unless the administrator allows it
 * by policy (Chromium reads `3rdparty` extension policy from /etc/chromium/policies/managed);
 * then it is used, and the options page warns. The address is stored as if saved, with the
 * key approved for it, so only the transport rule decides.
 */

const INSECURE = 'http://models.caselight.test/v1';
const POLICY_DIR = '/etc/chromium/policies/managed';

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Case API address').waitFor();
  return page;
}

async function storeInsecureAndTest(page: Page) {
  await setStoredModelBaseUrl(page, INSECURE);
  await bindStoredModelKey(page, INSECURE);
  await page.reload();
  await page.getByRole('button', { name: 'Test connection' }).click();
  const finding = page.getByRole('status').getByTestId('check-finding').first();
  await finding.waitFor();
  return { kind: await finding.getAttribute('data-kind'), text: await finding.innerText() };
}

describe('http:// to another machine', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure();
  });
  afterAll(() => h.close());

  test('is refused without a policy, and the options page says so', async () => {
    const page = await openOptions(h.context, h.extensionId);
    const line = await storeInsecureAndTest(page);
    expect(line.kind).toBe('insecure');
    expect(line.text).toContain('over http://');
    expect(await page.getByTestId('insecure-refused').textContent()).toContain(
      'http://models.caselight.test',
    );
    expect(await page.getByTestId('insecure-warning').count()).toBe(0);
    await page.close();
  });

  describe('with the administrator allowing it by policy', () => {
    const policyFile = join(POLICY_DIR, `caselight-e2e-${process.pid}.json`);
    let context: BrowserContext;
    let extensionId: string;
    beforeAll(async () => {
      // The unpacked extension's id comes from its path, so it is the harness browser's too.
      const policy = {
        '3rdparty': { extensions: { [h.extensionId]: { allowInsecureHttp: true } } },
      };
      mkdirSync(POLICY_DIR, { recursive: true });
      writeFileSync(policyFile, JSON.stringify(policy));
      ({ context, extensionId } = await launchWithExtension());
      await fillOptions(context, extensionId, {
        caseApiUrl: `${h.api.url}/api`,
        token: DEMO_TOKENS.reviewer,
        modelBaseUrl: h.standIn.url,
        modelKey: 'stand-in-key',
      });
    });
    afterAll(async () => {
      await context?.close();
      rmSync(policyFile, { force: true });
    });

    test('the transport is allowed, and the options page warns', async () => {
      const page = await openOptions(context, extensionId);
      const line = await storeInsecureAndTest(page);
      // Past the transport rule: what stops it now is only the host permission not granted.
      expect(line.kind).toBe('permission');
      expect(await page.getByTestId('insecure-warning').textContent()).toContain(
        'Your administrator allows http:// for model server at http://models.caselight.test',
      );
      await page.close();
    });
  });
});
