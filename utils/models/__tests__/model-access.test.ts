import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { removeSecret, writeSecret } from '../../settings/secrets';
import { resolveModelAccess } from '../model-access';

const APPROVED = 'https://llm.corp.example/v1';
let granted: boolean;

beforeEach(async () => {
  fakeBrowser.reset();
  granted = true;
  fakeBrowser.permissions.contains = async () => granted;
  await removeSecret('modelApiKey');
});

test('hands out the key for the origin it was saved for', async () => {
  await writeSecret('modelApiKey', 'sk-team', APPROVED);
  expect(await resolveModelAccess(`${APPROVED}/`)).toEqual({ ok: true, apiKey: 'sk-team' });
});

test('refuses another origin, naming the approved one and the way out', async () => {
  await writeSecret('modelApiKey', 'sk-team', APPROVED);
  const access = await resolveModelAccess('https://attacker.example/v1');
  expect(access).toMatchObject({ ok: false, refusal: { kind: 'key-origin' } });
  expect(!access.ok && access.refusal.message).toBe(
    'The model key was approved for https://llm.corp.example, not https://attacker.example: Caselight did not send it.',
  );
  expect(!access.ok && access.refusal.whatToDo).toContain('Re-save it in Caselight options');
});

test('a port is part of the origin: the same host on another port is refused', async () => {
  await writeSecret('modelApiKey', 'sk-local', 'http://127.0.0.1:4318/v1');
  const access = await resolveModelAccess('http://127.0.0.1:9999/v1');
  expect(access).toMatchObject({ ok: false, refusal: { kind: 'key-origin' } });
});

test('refuses a key saved before keys were bound until it is re-saved', async () => {
  await writeSecret('modelApiKey', 'sk-old');
  const access = await resolveModelAccess(APPROVED);
  expect(access).toMatchObject({ ok: false, refusal: { kind: 'key-origin' } });
  expect(!access.ok && access.refusal.message).toContain(
    'not yet approved for https://llm.corp.example',
  );
});

test('refuses without the host permission, even for the approved origin', async () => {
  await writeSecret('modelApiKey', 'sk-team', APPROVED);
  granted = false;
  expect(await resolveModelAccess(APPROVED)).toMatchObject({
    ok: false,
    refusal: { kind: 'permission' },
  });
});

test('says when no key is saved', async () => {
  expect(await resolveModelAccess(APPROVED)).toMatchObject({
    ok: false,
    refusal: { kind: 'no-key' },
  });
});

test('refuses http:// to another machine, even with the key approved for it', async () => {
  await writeSecret('modelApiKey', 'sk-team', 'http://llm.corp.example/v1');
  const access = await resolveModelAccess('http://llm.corp.example/v1');
  expect(access).toMatchObject({ ok: false, refusal: { kind: 'insecure' } });
  expect(!access.ok && access.refusal.message).toContain('over http://');
});

test('an administrator can allow http:// by policy, and the access then carries a warning', async () => {
  await fakeBrowser.storage.managed.set({ allowInsecureHttp: true });
  await writeSecret('modelApiKey', 'sk-team', 'http://llm.corp.example/v1');
  const access = await resolveModelAccess('http://llm.corp.example/v1');
  expect(access).toMatchObject({ ok: true, apiKey: 'sk-team' });
  expect(access.ok && access.warning).toContain('travels unencrypted');
});
