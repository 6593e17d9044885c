import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, originPattern, settingsSchema } from '../schema';
import { hasSecret, readSecret, removeSecret, writeSecret } from '../secrets';
import { clearStoredSettingsForTests, readSettings, saveSettings } from '../storage';

beforeEach(async () => {
  fakeBrowser.reset();
  await clearStoredSettingsForTests();
});

/** How version 1 stored settings (and how a content script could still write them). */
const setLegacy = (value: unknown) => fakeBrowser.storage.local.set({ settings: value });

test('defaults point at the local reference case API and OpenAI', async () => {
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  expect(DEFAULT_SETTINGS.caseApiUrl).toBe('http://127.0.0.1:4317/api');
  expect(DEFAULT_SETTINGS.model).toEqual({
    baseUrl: 'https://api.openai.com/v1',
    moderationModel: 'omni-moderation-latest',
    policyModel: 'gpt-5-mini',
    policyLlm: 'when-uncertain',
    uncertainBounds: { low: 0.3, high: 0.7 },
  });
  expect(Object.values(DEFAULT_SETTINGS.redaction).every(Boolean)).toBe(true);
});

test('settings saved before bounds and redaction existed read with their defaults', async () => {
  const { uncertainBounds: _b, ...oldModel } = DEFAULT_SETTINGS.model;
  await setLegacy({ caseApiUrl: DEFAULT_SETTINGS.caseApiUrl, model: oldModel });
  const actual = await readSettings();
  expect(actual.model.uncertainBounds).toEqual({ low: 0.3, high: 0.7 });
  expect(actual.redaction.emails).toBe(true);
});

test('errors name the field: inverted bounds point at the upper one', () => {
  const model = { ...DEFAULT_SETTINGS.model, uncertainBounds: { low: 0.8, high: 0.2 } };
  const result = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, model });
  expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['model.uncertainBounds.high']);
  const outOfRange = { ...DEFAULT_SETTINGS.model, uncertainBounds: { low: -1, high: 2 } };
  const paths = settingsSchema
    .safeParse({ ...DEFAULT_SETTINGS, model: outOfRange })
    .error?.issues.map((i) => i.path.join('.'));
  expect(paths).toEqual(['model.uncertainBounds.low', 'model.uncertainBounds.high']);
});

test('addresses must be http(s); the error names the field', () => {
  const result = settingsSchema.safeParse({ caseApiUrl: 'javascript:alert(1)' });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.path).toEqual(['caseApiUrl']);
});

test('a stored value that no longer validates falls back to defaults', async () => {
  await setLegacy({ caseApiUrl: 42 });
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  const saved = await saveSettings({
    ...DEFAULT_SETTINGS,
    caseApiUrl: 'https://cases.example.com/api',
  });
  expect(await readSettings()).toEqual(saved);
});

test('secrets are kept in IndexedDB, never in extension storage the page side can read', async () => {
  await writeSecret('caseApiToken', '  secret-token  ');
  expect(await readSecret('caseApiToken')).toBe('secret-token');
  expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('secret-token');
  await writeSecret('caseApiToken', '');
  expect(await readSecret('caseApiToken')).toBeUndefined();
});

test('presence of a secret can be asked without reading it; removal is explicit', async () => {
  expect(await hasSecret('modelApiKey')).toBe(false);
  await writeSecret('modelApiKey', 'sk-test');
  expect(await hasSecret('modelApiKey')).toBe(true);
  await removeSecret('modelApiKey');
  expect(await hasSecret('modelApiKey')).toBe(false);
});

test('origin patterns for permission requests keep scheme, host and port only', () => {
  expect(originPattern('https://cases.example.com:8443/api/v2')).toBe(
    'https://cases.example.com:8443/*',
  );
});
