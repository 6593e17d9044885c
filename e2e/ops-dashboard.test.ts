import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TOKENS, DEMO_USERS } from '../server';
import { extensionPage } from './a11y-steps';
import { axeFindings, describeFindings } from './axe';
import { startHarness, type Harness } from './harness';

/**
 * The operations dashboard over decisions posted through the case API: the figures it shows
 * and exports are the case API's, a team with no decisions says so instead of drawing empty
 * charts, and a vendor manager's page holds their own team only.
 */

const HOUR = 3_600_000;

async function post(h: Harness, token: string, body: Record<string, unknown>) {
  const caseId = String(body.caseId);
  const response = await fetch(`${h.api.url}/api/consoles/zendesk/cases/${caseId}/decisions`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': String(body.id),
    },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`${response.status}: ${await response.text()}`);
}

/** Ana (in-house) decides two cases, one after its SLA; Ben (vendor) one, in time. */
async function seed(h: Harness) {
  const now = Date.now();
  const decision = (caseId: string, reviewerId: string, handleTimeMs: number, dueIn: number) => ({
    id: randomUUID(),
    caseId,
    console: 'zendesk',
    reviewerId,
    action: 'warn',
    policyIds: [],
    decidedAt: new Date(now - HOUR).toISOString(),
    handleTimeMs,
    guidanceVersion: 1,
    agreement: 'no-suggestion',
    mode: 'live',
    caseRecord: {
      url: `https://support.example/tickets/${caseId}`,
      queue: 'Scams',
      slaDueAt: new Date(now - HOUR + dueIn).toISOString(),
      contentHash: 'c'.repeat(64),
      itemCount: 1,
      adapter: { id: 'zendesk', version: '1' },
    },
  });
  await post(h, DEMO_TOKENS.reviewer, decision('OPS-1', DEMO_USERS.reviewer.id, 10_000, -HOUR));
  await post(h, DEMO_TOKENS.reviewer, decision('OPS-2', DEMO_USERS.reviewer.id, 30_000, HOUR));
  await post(h, DEMO_TOKENS.reviewer2, decision('OPS-3', DEMO_USERS.reviewer2.id, 50_000, HOUR));
  const team = await fetch(`${h.api.url}/api/admin/teams`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DEMO_TOKENS.admin}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Quiet Vendor', kind: 'vendor' }),
  });
  if (team.status !== 201) throw new Error(`team: ${team.status}`);
}

async function exportCsv(page: Page, table: string): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Export CSV of ${table}` }).click(),
  ]);
  return parse(await readFile(await download.path(), 'utf8')) as string[][];
}

/** Within the rollups' handle-time bound (server/ops/handle-buckets.ts). */
const nearly = (value: number, exact: number) => Math.abs(value - exact) <= 0.049 * exact;

/** A team's CSV row: kinds and counts exactly, handle times within the histogram's bound. */
function expectTeamFigures(
  row: string[] | undefined,
  exact: [string, string, number, number, string],
) {
  const [kind, decisions, median, p90, attainment] = row ?? [];
  expect([kind, decisions, attainment]).toEqual([exact[0], exact[1], exact[4]]);
  expect([nearly(Number(median), exact[2]), nearly(Number(p90), exact[3])]).toEqual([true, true]);
}

describe('operations dashboard', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    await seed(h);
    await h.configure({ token: DEMO_TOKENS.lead });
    page = await extensionPage(h, 'ops.html', (p) => p.getByTestId('ops-totals').waitFor());
  });
  afterAll(() => h.close());

  test("shows the case API's figures for every team, charts with tables, and no a11y violation", async () => {
    await expect.poll(() => page.getByTestId('ops-totals').innerText()).toContain('3 decisions');
    const totals = await page.getByTestId('ops-totals').innerText();
    // Whole-day windows come from the rollups: handle times within their 4.9% bucket bound.
    expect(nearly(Number(/median ([\d.]+) s/.exec(totals)?.[1]), 30)).toBe(true);
    expect(totals).toContain('SLA attainment 66.7% (1 after SLA)');
    expect(await page.getByTestId('ops-chart').count()).toBe(2);
    const teams = page.getByTestId('ops-teams');
    await expect.poll(() => teams.getByRole('row').count()).toBe(3);
    expect(await teams.innerText()).toContain('Acme BPO');
    const marks = () =>
      page.evaluate(() => performance.getEntriesByName('caselight:ops-rendered').length);
    await expect.poll(marks).toBeGreaterThan(0);
    const found = await axeFindings(page);
    expect(describeFindings('ops', [...found.serious, ...found.landmarks])).toBe('');
  });

  test('exports each table as CSV with the raw figures shown', async () => {
    const rows = await exportCsv(page, 'Per team');
    expect(rows[0]?.slice(0, 4)).toEqual(['Team', 'Kind', 'Decisions', 'Handle median (ms)']);
    const byTeam = Object.fromEntries(rows.slice(1).map((r) => [r[0], r.slice(1, 6)]));
    expectTeamFigures(byTeam['Northwind Trust & Safety'], ['in-house', '2', 20_000, 28_000, '0.5']);
    expectTeamFigures(byTeam['Acme BPO'], ['vendor', '1', 50_000, 50_000, '1']);
    const reviewers = await exportCsv(page, 'Per reviewer');
    expect(
      reviewers
        .slice(1)
        .map((r) => r[1])
        .toSorted(),
    ).toEqual(['rev-ana', 'rev-ben']);
  });

  test('a team with no decisions says so in words and draws no chart', async () => {
    await page.getByRole('combobox', { name: 'Team' }).selectOption({ label: 'Quiet Vendor' });
    await page.getByRole('button', { name: 'Apply' }).click();
    const empty = page.getByTestId('ops-empty');
    await empty.waitFor();
    expect(await empty.innerText()).toContain('No live decisions by Quiet Vendor');
    expect(await page.getByTestId('ops-chart').count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
  });

  test("a vendor manager's page holds their own team only", async () => {
    await page.getByRole('button', { name: 'Use another token for this page' }).click();
    await page.getByLabel('Token for this page (not saved)').fill(DEMO_TOKENS.vendor);
    await page.getByRole('button', { name: 'Use token' }).click();
    await expect.poll(() => page.getByTestId('ops-totals').innerText()).toContain('1 decisions');
    const options = await page
      .getByRole('combobox', { name: 'Team' })
      .locator('option')
      .allInnerTexts();
    expect(options).toEqual(['Acme BPO']);
    const reviewers = await page.getByTestId('ops-reviewers').innerText();
    expect(reviewers).toContain('rev-ben');
    expect(reviewers).not.toContain('rev-ana');
  });
});
