import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../../guidance/default-pack';
import { handleMessage } from '../../messaging/router';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { backgroundHandlers } from '../handlers';

const EXT = 'chrome-extension://test-extension-id';
// The side panel: a framed panel needs its tab's dock token (see the router's tests).
const fromPanel = { id: 'test-extension-id', url: `${EXT}/sidepanel.html` };
const fromContent = {
  id: 'test-extension-id',
  url: 'http://console.test/c/1',
  tab: { id: 4 },
  frameId: 0,
};

let requests = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  requests = 0;
  vi.stubGlobal('fetch', async () => {
    requests += 1;
    return new Response(JSON.stringify(DEFAULT_GUIDANCE_PACK), { headers: { etag: '"g1"' } });
  });
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: 'https://cases.test/api' });
  await writeSecret('caseApiToken', 'token');
});
afterEach(() => vi.unstubAllGlobals());

test('a panel asks for a guidance check and gets the outcome; a content script may not', async () => {
  const answer = await handleMessage(
    backgroundHandlers,
    { type: 'guidance:sync-now' },
    fromPanel as never,
  );
  expect(answer).toMatchObject({ state: 'ok', version: 1, etag: '"g1"' });
  expect(requests).toBe(1);
  const refused = await handleMessage(
    backgroundHandlers,
    { type: 'guidance:sync-now' },
    fromContent as never,
  );
  expect(refused).toEqual({ refused: 'guidance:sync-now is not accepted from this sender' });
  expect(requests).toBe(1);
});

test('a refused pack comes back as a status, never in the shape of a refused request', async () => {
  vi.stubGlobal('fetch', async () => new Response('{"version": 0}', { status: 200 }));
  const status = await handleMessage(
    backgroundHandlers,
    { type: 'guidance:sync-now' },
    fromPanel as never,
  );
  expect(status).toMatchObject({ state: 'refused', refusal: { reason: 'invalid' } });
  // `sendRequest` takes any answer with a `refused` key for a refused request.
  expect(status).not.toHaveProperty('refused');
});

const ask = (maxAgeMs?: number) =>
  handleMessage(backgroundHandlers, { type: 'guidance:sync-now', maxAgeMs }, fromPanel as never);

test('a panel opening right after a successful check gets that check; a problem is checked again', async () => {
  await ask();
  expect(requests).toBe(1);
  expect(await ask(15_000)).toMatchObject({ state: 'ok', etag: '"g1"' });
  expect(requests).toBe(1);
  // Too old for this asker, or asked without a limit (the alarm): checked again.
  await new Promise((resolve) => setTimeout(resolve, 5));
  await ask(1);
  expect(requests).toBe(2);
  await ask();
  expect(requests).toBe(3);
  // The last check failed: a panel opening checks again rather than repeat the failure.
  vi.stubGlobal('fetch', async () => new Response('{}', { status: 500 }));
  expect(await ask()).toMatchObject({ state: 'bad-response' });
  vi.stubGlobal('fetch', async () => {
    requests += 1;
    return new Response(null, { status: 304, headers: { etag: '"g1"' } });
  });
  expect(await ask(15_000)).toMatchObject({ state: 'ok' });
  expect(requests).toBe(4);
});
