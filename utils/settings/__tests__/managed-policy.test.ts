import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readManagedSettings } from '../managed-policy';
import { DEFAULT_SETTINGS } from '../schema';
import { clearStoredSettingsForTests, readSettings, saveSettings } from '../storage';

beforeEach(async () => {
  fakeBrowser.reset();
  await clearStoredSettingsForTests();
});

const own = {
  ...DEFAULT_SETTINGS,
  caseApiUrl: 'https://mine.example/api',
  sso: { issuer: 'https://my-idp.example', clientId: 'mine' },
};

test('managed values win over the reviewer’s settings; the rest stay theirs', async () => {
  await saveSettings(own);
  await fakeBrowser.storage.managed.set({
    caseApiUrl: 'https://cases.corp.example/api',
    ssoIssuer: 'https://corp.okta.example',
    ssoClientId: 'caselight',
    policyLlm: 'never',
  });

  const settings = await readSettings();

  expect(settings.caseApiUrl).toBe('https://cases.corp.example/api');
  expect(settings.sso).toEqual({ issuer: 'https://corp.okta.example', clientId: 'caselight' });
  expect(settings.model.policyLlm).toBe('never');
  expect(settings.model.baseUrl).toBe(DEFAULT_SETTINGS.model.baseUrl);
});

test('an invalid policy value is named and ignored; the valid keys beside it still apply', async () => {
  await saveSettings(own);
  await fakeBrowser.storage.managed.set({
    caseApiUrl: 'ftp://files.example',
    ssoClientId: 'caselight',
    policyLlm: 'sometimes',
  });

  const [settings, managed] = await Promise.all([readSettings(), readManagedSettings()]);

  expect(settings.caseApiUrl).toBe('https://mine.example/api');
  expect(settings.sso.clientId).toBe('caselight');
  expect(settings.model.policyLlm).toBe('when-uncertain');
  expect(managed.problems).toHaveLength(2);
  expect(managed.problems.join('\n')).toContain('caseApiUrl');
  expect(managed.problems.join('\n')).toContain('policyLlm');
});

test('saving under a policy keeps the reviewer’s own value, which returns when the policy goes', async () => {
  await saveSettings(own);
  await fakeBrowser.storage.managed.set({ caseApiUrl: 'https://cases.corp.example/api' });
  const inForce = await readSettings();
  await saveSettings({ ...inForce, decisions: { undoWindowSeconds: 9 } });

  await fakeBrowser.storage.managed.remove('caseApiUrl');
  const after = await readSettings();

  expect(after.caseApiUrl).toBe('https://mine.example/api');
  expect(after.decisions.undoWindowSeconds).toBe(9);
});
