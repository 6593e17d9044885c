import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { CaseApiError, caseApiFetch } from '../client';

let requested: string[];

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  requested = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    return new Response('{}', { status: 200 });
  });
  await writeSecret('caseApiToken', 'reviewer-token');
});
afterEach(() => vi.unstubAllGlobals());

const useCaseApi = (caseApiUrl: string) => saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl });

test('the token is not sent over http:// to another machine', async () => {
  await useCaseApi('http://cases.example.com/api');
  const refused = await caseApiFetch('/me').catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(CaseApiError);
  expect((refused as CaseApiError).problem).toBe('not-configured');
  expect((refused as CaseApiError).message).toContain('over http://');
  expect(requested).toEqual([]);
});

test('http:// on this machine and https:// anywhere are fine', async () => {
  await useCaseApi('http://127.0.0.1:4317/api');
  await caseApiFetch('/me');
  await useCaseApi('https://cases.example.com/api');
  await caseApiFetch('/me');
  expect(requested).toEqual(['http://127.0.0.1:4317/api/me', 'https://cases.example.com/api/me']);
});

test('an administrator’s policy allows http:// to another machine', async () => {
  await fakeBrowser.storage.managed.set({ allowInsecureHttp: true });
  await useCaseApi('http://cases.example.com/api');
  await caseApiFetch('/me');
  expect(requested).toEqual(['http://cases.example.com/api/me']);
});
