import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, originPattern, settingsSchema } from '../schema';
import { readSecret, writeSecret } from '../secrets';
import { readSettings, saveSettings, settingsStorage } from '../storage';

beforeEach(() => fakeBrowser.reset());

test('defaults point at the local reference case API and OpenAI', async () => {
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  expect(DEFAULT_SETTINGS.caseApiUrl).toBe('http://127.0.0.1:4317/api');
  expect(DEFAULT_SETTINGS.model).toEqual({
    baseUrl: 'https://api.openai.com/v1',
    moderationModel: 'omni-moderation-latest',
    policyModel: 'gpt-5-mini',
    policyLlm: 'when-uncertain',
  });
});

test('addresses must be http(s); the error names the field', () => {
  const result = settingsSchema.safeParse({ caseApiUrl: 'javascript:alert(1)' });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.path).toEqual(['caseApiUrl']);
});

test('a stored value that no longer validates falls back to defaults', async () => {
  await settingsStorage.setValue({ caseApiUrl: 42 } as never);
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

test('origin patterns for permission requests keep scheme, host and port only', () => {
  expect(originPattern('https://cases.example.com:8443/api/v2')).toBe(
    'https://cases.example.com:8443/*',
  );
});
