import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Case } from '../../case/schema';
import { removeSecret, writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';

const found: Case = {
  id: 'C-5',
  console: 'zendesk',
  url: 'https://acme.zendesk.example/agent/tickets/5',
  reported: { id: 'U-9', handle: '@ScamBoss' },
  items: [{ id: 'm1', author: 'x', role: 'reported', text: 'see https://a.example', media: [] }],
};

let puts: string[];

/** The background as a fresh service worker finds it: module state gone, session storage kept. */
async function freshWorker() {
  vi.resetModules();
  return (await import('../record')).recordCaseEntities;
}

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  puts = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    if (init.method === 'PUT') puts.push(url);
    return new Response(null, { status: 204 });
  });
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: 'http://127.0.0.1:4317/api' });
  await writeSecret('caseApiToken', 'reviewer-token');
  await writeSecret('entityKey', 'team-secret-key-2026');
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await removeSecret('entityKey');
});

describe('a case shown again', () => {
  it('is not sent again with the same entities, even by a restarted service worker', async () => {
    await (
      await freshWorker()
    )(found);
    await (
      await freshWorker()
    )(found);
    await (
      await freshWorker()
    )({ ...found, items: [...found.items] });
    expect(puts).toEqual(['http://127.0.0.1:4317/api/consoles/zendesk/cases/C-5/entities']);
  });

  it('is sent again when its entities change, and another case is sent on its own', async () => {
    const record = await freshWorker();
    await record(found);
    await record({ ...found, reported: { id: 'U-10' } });
    await record({ ...found, id: 'C-6' });
    await record({ ...found, reported: { id: 'U-10' } });
    expect(puts.map((url) => url.split('/cases/')[1])).toEqual([
      'C-5/entities',
      'C-5/entities',
      'C-6/entities',
    ]);
  });

  it('is sent when asked to (Investigate), and after a day', async () => {
    const record = await freshWorker();
    await record(found);
    await record(found, true);
    vi.useFakeTimers({ now: Date.now() + 25 * 60 * 60 * 1000, toFake: ['Date'] });
    try {
      await record(found);
    } finally {
      vi.useRealTimers();
    }
    expect(puts).toHaveLength(3);
  });
});
