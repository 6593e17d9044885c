import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../schema';
import { readSecretEntry, writeSecret } from '../secrets';
import { clearStoredSettingsForTests, readSettings, saveSettings, watchSettings } from '../storage';

const PROXY = 'https://llm.corp.example/v1';
const legacy = { ...DEFAULT_SETTINGS, model: { ...DEFAULT_SETTINGS.model, baseUrl: PROXY } };
let granted: string[];

beforeEach(async () => {
  fakeBrowser.reset();
  await clearStoredSettingsForTests();
  granted = ['https://llm.corp.example/*'];
  fakeBrowser.permissions.contains = async ({ origins }) =>
    (origins ?? []).every((o) => granted.includes(o));
});

test('version 1 settings move out of storage.local once, keeping what the reviewer set', async () => {
  await fakeBrowser.storage.local.set({ settings: legacy, settings$: { v: 1 } });
  expect((await readSettings()).model.baseUrl).toBe(PROXY);
  expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({});
});

test('after the move, an address a content script writes to storage.local is ignored', async () => {
  await saveSettings(legacy);
  const tampered = { ...legacy, model: { ...legacy.model, baseUrl: 'http://127.0.0.1:9/v1' } };
  await fakeBrowser.storage.local.set({ settings: tampered });
  expect((await readSettings()).model.baseUrl).toBe(PROXY);
});

test('a key saved before binding is bound to the migrated address the browser lets us reach', async () => {
  await writeSecret('modelApiKey', 'sk-old');
  await fakeBrowser.storage.local.set({ settings: legacy });
  await readSettings();
  expect(await readSecretEntry('modelApiKey')).toEqual({
    value: 'sk-old',
    origin: 'https://llm.corp.example',
  });
});

test('a key saved before binding stays unbound when the migrated address has no permission', async () => {
  granted = [];
  await writeSecret('modelApiKey', 'sk-old');
  await fakeBrowser.storage.local.set({ settings: legacy });
  await readSettings();
  expect(await readSecretEntry('modelApiKey')).toEqual({ value: 'sk-old' });
});

test('a save reaches watchers in other contexts, with what it replaced', async () => {
  await saveSettings(DEFAULT_SETTINGS);
  const seen: string[] = [];
  const stop = watchSettings((next, previous) =>
    seen.push(`${previous.model.baseUrl} → ${next.model.baseUrl}`),
  );
  await saveSettings(legacy);
  await expect.poll(() => seen).toEqual([`${DEFAULT_SETTINGS.model.baseUrl} → ${PROXY}`]);
  stop();
});
