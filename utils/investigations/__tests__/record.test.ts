import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Case } from '../../case/schema';
import { removeSecret, writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { entityHash } from '../hash';
import { recordCaseEntities } from '../record';
import { caseEntitiesInputSchema } from '../schema';

const EMAIL = 'Jo.Doe@Example.com';
const PHONE = '+44 20 7946 0958';
const found: Case = {
  id: 'C-77',
  console: 'zendesk',
  url: 'https://acme.zendesk.example/agent/tickets/77',
  reported: { id: 'U-9', handle: '@ScamBoss' },
  items: [
    {
      id: 'm1',
      author: 'x',
      role: 'reported',
      text: `mail ${EMAIL} or call ${PHONE}, see https://free-eth.example/x`,
      media: [],
    },
  ],
};

let sent: { url: string; method: string; body: string }[];

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  sent = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, method: init.method ?? 'GET', body: String(init.body) });
    return new Response(null, { status: 204 });
  });
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: 'http://127.0.0.1:4317/api' });
  await writeSecret('caseApiToken', 'reviewer-token');
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await removeSecret('entityKey');
});

describe('recordCaseEntities', () => {
  it('sends emails, phones and handles to the case API only as keyed hashes', async () => {
    await writeSecret('entityKey', 'team-secret-key');
    await recordCaseEntities(found, true);

    expect(sent.map((r) => [r.method, r.url])).toEqual([
      ['PUT', 'http://127.0.0.1:4317/api/consoles/zendesk/cases/C-77/entities'],
    ]);
    const body = sent[0]?.body ?? '';
    for (const raw of [EMAIL, EMAIL.toLowerCase(), PHONE, '442079460958', 'scamboss', 'ScamBoss']) {
      expect(body).not.toContain(raw);
    }
    const key = 'team-secret-key';
    expect(caseEntitiesInputSchema.parse(JSON.parse(body)).entities).toEqual([
      { kind: 'account', value: 'U-9' },
      { kind: 'handle', value: entityHash(key, { kind: 'handle', value: 'scamboss' }) },
      { kind: 'email', value: entityHash(key, { kind: 'email', value: 'jo.doe@example.com' }) },
      { kind: 'phone', value: entityHash(key, { kind: 'phone', value: '+442079460958' }) },
      { kind: 'domain', value: 'free-eth.example' },
    ]);
  });

  it('leaves the hashed kinds out, rather than sending them in clear, without a team key', async () => {
    await recordCaseEntities(found, true);
    const body = JSON.parse(sent[0]?.body ?? '{}') as { entities: { kind: string }[] };
    expect(body.entities.map((e) => e.kind)).toEqual(['account', 'domain']);
  });

  it('sends a case whose entities have not changed once', async () => {
    await recordCaseEntities({ ...found, id: 'C-78' });
    await recordCaseEntities({ ...found, id: 'C-78' });
    expect(sent).toHaveLength(1);
  });
});

describe('entityHash', () => {
  it('depends on the key, so the case API cannot test guesses without it', () => {
    const email = { kind: 'email' as const, value: 'jo.doe@example.com' };
    expect(entityHash('key-a', email)).toMatch(/^[0-9a-f]{64}$/);
    expect(entityHash('key-a', email)).not.toBe(entityHash('key-b', email));
    expect(entityHash('key-a', email)).toBe(entityHash('key-a', { ...email }));
  });
});
