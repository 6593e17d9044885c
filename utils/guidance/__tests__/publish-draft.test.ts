import { expect, test } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../default-pack';
import { preparePack, type PreparedPack } from '../publish-draft';
import { generateSigningKeys, toBase64, verifyPack } from '../signature';

const now = new Date('2026-12-01T09:00:00Z');
const base = { baseVersion: 4, publisher: 'Priya Lead', now, pinnedKey: '' };

function prepared(result: PreparedPack) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

async function pkcs8Key() {
  const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKey: toBase64(pkcs8), publicKey: toBase64(raw) };
}

test('an unsigned draft becomes the next version, by the lead, now, with any old signature gone', async () => {
  const draft = { ...DEFAULT_GUIDANCE_PACK, signature: 'old' };
  const actual = prepared(await preparePack(draft, base));
  expect(actual.signed).toBe(false);
  expect(actual.pack).toMatchObject({
    version: 5,
    publisher: 'Priya Lead',
    publishedAt: '2026-12-01T09:00:00.000Z',
  });
  expect(actual.pack.signature).toBeUndefined();
});

test('signed with the pasted key, it verifies against the pinned key', async () => {
  const key = await pkcs8Key();
  const actual = prepared(
    await preparePack(DEFAULT_GUIDANCE_PACK, {
      ...base,
      signingKey: key.privateKey,
      pinnedKey: key.publicKey,
    }),
  );
  expect(actual.signed).toBe(true);
  expect(await verifyPack(actual.pack, key.publicKey)).toMatchObject({ ok: true });
});

test('refused before publishing: unsigned with a pinned key, a key that is not the pinned one, a bad key', async () => {
  const key = await pkcs8Key();
  const other = await generateSigningKeys();
  const unsigned = await preparePack(DEFAULT_GUIDANCE_PACK, { ...base, pinnedKey: key.publicKey });
  expect(unsigned).toMatchObject({ ok: false, message: expect.stringContaining('unsigned') });
  const wrong = await preparePack(DEFAULT_GUIDANCE_PACK, {
    ...base,
    signingKey: key.privateKey,
    pinnedKey: other.publicKey,
  });
  expect(wrong).toMatchObject({ ok: false, message: expect.stringContaining(key.publicKey) });
  const bad = await preparePack(DEFAULT_GUIDANCE_PACK, { ...base, signingKey: 'nope' });
  expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('Ed25519') });
});
