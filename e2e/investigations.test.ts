import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { entityHash } from '../utils/investigations/hash';
import { investigationSchema } from '../utils/investigations/schema';
import { DEMO_TOKENS } from '../server';
import { startHarness, type Harness } from './harness';
import { fillSecret } from './options-page';

/**
 * A reviewer investigates the crypto-scam case from the demo console's panel. The same scammer
 * handle was seen earlier in a Redmine case: the investigation page links the two, across
 * consoles, by the handle's keyed hash (the team key set in Options), and a click opens the
 * Redmine case in its console.
 */

const TEAM_KEY = 'northwind-entity-key-2026';
const POLL = { timeout: 20_000 };

const asReviewer = (h: Harness, path: string, method: string, body: object) =>
  fetch(`${h.api.url}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${DEMO_TOKENS.reviewer}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });

describe('investigations across consoles', () => {
  let h: Harness;
  let redmineUrl: string;

  beforeAll(async () => {
    h = await startHarness();
    await h.configure({ undoWindowSeconds: 0 });
    const options = await h.context.newPage();
    await options.goto(h.extensionUrl('options.html'));
    await fillSecret(options, 'Team entity key (investigations)', TEAM_KEY);
    await options.getByRole('button', { name: 'Save and check' }).click();
    await options.getByRole('status').getByText('Saved.').waitFor();
    await options.close();
    redmineUrl = `${h.api.url}/redmine/issues/4`;
  });
  afterAll(() => h.close());

  test('Investigate opens the graph and table of cases from two consoles; a click opens one', async () => {
    const handle = entityHash(TEAM_KEY, { kind: 'handle', value: 'crypto_rewards_official' });
    const seen = await asReviewer(h, '/consoles/redmine/cases/4/entities', 'PUT', {
      url: redmineUrl,
      subject: 'Airdrop DMs from the same account',
      entities: [{ kind: 'handle', value: handle }],
    });
    expect(seen.status).toBe(204);

    const page = await h.context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(h.consoleUrl('/console/cases/C-1003'));
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('case-id').textContent()).toBe('C-1003');

    const opened = h.context.waitForEvent('page');
    await panel.getByTestId('investigate').click();
    const investigation: Page = await opened;
    expect(investigation.url()).toContain('investigate.html?console=demo-console&case=C-1003');
    await investigation.locator('html[data-graph-drawn]').waitFor(POLL);
    expect(await investigation.locator('html').getAttribute('data-graph-drawn')).toBe('2');
    const rows = investigation.getByTestId('investigation-row');
    await rows.nth(1).waitFor(POLL);
    expect(await rows.evaluateAll((r) => r.map((row) => row.getAttribute('data-console')))).toEqual(
      ['demo-console', 'redmine'],
    );
    expect(
      await investigation.getByTestId('investigation-graph').locator('canvas').count(),
    ).toBeGreaterThan(0);

    // What the case API holds for the demo case: the handle's hash, never the handle itself.
    const stored = await fetch(
      `${h.api.url}/api/consoles/demo-console/cases/C-1003/investigation`,
      { headers: { authorization: `Bearer ${DEMO_TOKENS.reviewer}` } },
    );
    const entities = investigationSchema.parse(await stored.json()).entities;
    expect(entities).toContainEqual({ kind: 'handle', value: handle, caseCount: 2 });
    expect(JSON.stringify(entities)).not.toContain('crypto_rewards_official');

    const popup = h.context.waitForEvent('page');
    await rows.filter({ hasText: 'redmine' }).getByRole('button', { name: '4' }).click();
    const consolePage = await popup;
    await expect.poll(() => consolePage.url(), POLL).toBe(redmineUrl);
  });
});
