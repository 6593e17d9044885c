import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Case } from '../../case/schema';
import { removeSecret, writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { readManagedEntityKey } from '../entity-key';
import { entityHash } from '../hash';
import { buildCaseEntities } from '../record';

const POLICY_KEY = 'northwind-policy-entity-key';
const found: Case = {
  id: 'C-9',
  console: 'zendesk',
  url: 'https://acme.zendesk.example/agent/tickets/9',
  reported: { id: 'U-1', handle: '@ScamBoss' },
  items: [],
};
const handleHash = (key: string) => entityHash(key, { kind: 'handle', value: 'scamboss' });
const handles = async () =>
  (await buildCaseEntities(found)).entities.filter((e) => e.kind === 'handle');

beforeEach(async () => {
  fakeBrowser.reset();
  vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: 'http://127.0.0.1:4317/api' });
  await writeSecret('entityKey', 'the-key-typed-in-options');
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await removeSecret('entityKey');
});

describe('the team entity key set by policy', () => {
  it('is used instead of the key typed in Options', async () => {
    await fakeBrowser.storage.managed.set({ entityKey: POLICY_KEY });
    expect(await handles()).toEqual([{ kind: 'handle', value: handleHash(POLICY_KEY) }]);
    expect(await readManagedEntityKey()).toEqual({ key: POLICY_KEY });
  });

  it('without a policy, the Options key applies', async () => {
    expect(await readManagedEntityKey()).toBeUndefined();
    expect(await handles()).toEqual([
      { kind: 'handle', value: handleHash('the-key-typed-in-options') },
    ]);
  });

  it('a policy value too short to be a key is named, and nothing is hashed with any key', async () => {
    await fakeBrowser.storage.managed.set({ entityKey: 'short' });
    expect((await readManagedEntityKey())?.problem).toMatch(/not a usable key/);
    expect(await handles()).toEqual([]);
  });
});
