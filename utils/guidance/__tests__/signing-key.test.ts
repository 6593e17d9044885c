import { expect, test } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../default-pack';
import { generateSigningKeys, signPack, toBase64, verifyPack } from '../signature';
import { importSigningKey, SIGNING_KEY_HELP } from '../signing-key';

async function exported() {
  const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const base64 = toBase64(pkcs8);
  const pem = `-----BEGIN PRIVATE KEY-----\n${base64.match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----\n`;
  return { pkcs8, base64, pem, jwk, publicKey: toBase64(raw) };
}

test('every pasted form signs a pack that verifies against the pinned public key', async () => {
  const key = await exported();
  const seed = toBase64(key.pkcs8.slice(16));
  for (const pasted of [key.pem, key.base64, seed, JSON.stringify(key.jwk)]) {
    const expected = key.publicKey;
    const imported = await importSigningKey(pasted);
    const signed = await signPack({ ...DEFAULT_GUIDANCE_PACK, version: 2 }, imported.privateKey);
    expect(imported.publicKey).toBe(expected);
    expect(await verifyPack(signed, expected)).toEqual({ ok: true, checked: true });
  }
});

test('a key that is not the pinned one signs packs that panels refuse', async () => {
  const key = await exported();
  const other = await generateSigningKeys();
  const imported = await importSigningKey(key.pem);
  const signed = await signPack({ ...DEFAULT_GUIDANCE_PACK, version: 2 }, imported.privateKey);
  expect(await verifyPack(signed, other.publicKey)).toMatchObject({
    ok: false,
    reason: 'bad-signature',
  });
});

test('anything else is refused with what to paste instead', async () => {
  const key = await exported();
  await expect(importSigningKey('')).rejects.toThrow(SIGNING_KEY_HELP);
  await expect(importSigningKey('not a key')).rejects.toThrow(SIGNING_KEY_HELP);
  const publicPem = `-----BEGIN PUBLIC KEY-----\n${key.base64}\n-----END PUBLIC KEY-----`;
  await expect(importSigningKey(publicPem)).rejects.toThrow(/public key/);
});
