import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO_TOKENS, startCaseApi, type StartedServer } from '../../../server';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { guidancePanelListSchema } from '../api-schema';
import { DEFAULT_GUIDANCE_PACK } from '../default-pack';
import { installedPackStorage } from '../installed';
import { syncGuidance } from '../sync';
import { guidanceSyncStorage, guidanceUpdateStorage } from '../sync-store';

/** The background's guidance sync against the real reference case API, over loopback. */

let server: StartedServer;
beforeAll(async () => {
  server = await startCaseApi({ demo: true, port: 0 });
});
afterAll(() => server.close());

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: `${server.url}/api` });
  await writeSecret('caseApiToken', DEMO_TOKENS.reviewer);
});

async function api(path: string, token: string, body?: unknown) {
  const response = await fetch(`${server.url}/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as unknown };
}

test('follows the case API: same version kept, a published one installed with a diff', async () => {
  // The built-in pack is version 1 and so is the server's: nothing to install.
  const first = await syncGuidance();
  expect(first).toMatchObject({ state: 'ok', version: 1, etag: expect.stringMatching(/^"g1-/) });
  expect(await guidanceUpdateStorage.getValue()).toBeNull();

  // Asked again with its ETag: 304, nothing changes.
  const statuses: number[] = [];
  const realFetch = globalThis.fetch;
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (...args) => {
    const response = await realFetch(...args);
    statuses.push(response.status);
    return response;
  });
  expect(await syncGuidance()).toMatchObject({ state: 'ok', version: 1, etag: first.etag });
  spy.mockRestore();
  expect(statuses).toEqual([304]);

  const edited = structuredClone(DEFAULT_GUIDANCE_PACK);
  edited.policies[0]!.thresholds.harassment = 0.8;
  edited.signals.push({
    id: 'worthless',
    kind: 'keyword',
    pattern: 'worthless',
    policyId: 'harassment',
  });
  const published = await api('/guidance/versions', DEMO_TOKENS.lead, {
    baseVersion: 1,
    pack: edited,
  });
  expect(published.status).toBe(201);

  const second = await syncGuidance();
  expect(second).toMatchObject({ state: 'ok', version: 2, etag: expect.stringMatching(/^"g2-/) });
  const installed = await installedPackStorage.getValue();
  expect(installed).toMatchObject({ version: 2, publisher: 'Priya Lead' });
  expect(installed?.policies[0]?.thresholds.harassment).toBe(0.8);
  expect(await guidanceUpdateStorage.getValue()).toEqual({
    from: 1,
    to: 2,
    changes: [
      {
        section: 'policies',
        id: 'harassment',
        summary: 'Harassment and bullying: harassment threshold 0.60 → 0.80',
      },
      {
        section: 'signals',
        id: 'worthless',
        summary: 'Signal added: keyword "worthless" (harassment)',
      },
    ],
    moreChanges: 0,
    at: second.checkedAt,
    dismissed: false,
  });

  // The lead sees this reviewer's panel on the new version.
  const panels = guidancePanelListSchema.parse(
    (await api('/guidance/panels', DEMO_TOKENS.lead)).json,
  );
  expect(panels.panels).toContainEqual(
    expect.objectContaining({ userId: 'rev-ana', version: 2, current: true }),
  );
  expect(await guidanceSyncStorage.getValue()).toEqual(second);
});
