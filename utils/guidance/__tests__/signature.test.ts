import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical';
import { DEFAULT_GUIDANCE_PACK } from '../default-pack';
import { guidancePackSchema, type GuidancePack } from '../schema';
import {
  fromBase64,
  generateSigningKeys,
  importPublicKey,
  signPack,
  signedBytes,
  verifyPack,
} from '../signature';

let keys: { privateKey: CryptoKey; publicKey: string };
let other: { privateKey: CryptoKey; publicKey: string };
let signed: GuidancePack;

beforeAll(async () => {
  keys = await generateSigningKeys();
  other = await generateSigningKeys();
  signed = await signPack({ ...DEFAULT_GUIDANCE_PACK, version: 13 }, keys.privateKey);
});

describe('canonical bytes', () => {
  it('do not depend on key order and leave the signature out', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    const reordered = Object.fromEntries(Object.entries(signed).toReversed()) as GuidancePack;
    expect(signedBytes(reordered)).toEqual(signedBytes({ ...signed, signature: undefined }));
  });

  it('are taken after parsing, so left-out defaults verify the same', async () => {
    const raw = JSON.parse(JSON.stringify(signed)) as { actions: { needsNote?: boolean }[] };
    for (const action of raw.actions) if (action.needsNote === false) delete action.needsNote;
    const reparsed = guidancePackSchema.parse(raw);
    expect(await verifyPack(reparsed, keys.publicKey)).toEqual({ ok: true, checked: true });
  });
});

describe('verifyPack against a pinned Ed25519 key', () => {
  it('accepts a pack signed with the pinned key; the key is 32 raw bytes in base64', async () => {
    expect(fromBase64(keys.publicKey)).toHaveLength(32);
    expect(signed.signature).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    expect(await verifyPack(signed, keys.publicKey)).toEqual({ ok: true, checked: true });
    const base64url = keys.publicKey.replace(/\+/g, '-').replace(/\//g, '_').replace(/=$/, '');
    expect(await verifyPack(signed, base64url)).toEqual({ ok: true, checked: true });
  });

  it('refuses a tampered pack: a threshold, the version, a keyword', async () => {
    const threshold = structuredClone(signed);
    threshold.policies[0]!.thresholds.harassment = 0.95;
    const version = { ...signed, version: 14 };
    const keyword = structuredClone(signed);
    keyword.signals[0]!.pattern = 'seed phrases';
    for (const pack of [threshold, version, keyword]) {
      expect(await verifyPack(pack, keys.publicKey)).toMatchObject({
        ok: false,
        reason: 'bad-signature',
      });
    }
  });

  it('refuses a pack signed with another key', async () => {
    const forged = await signPack(signed, other.privateKey);
    expect(await verifyPack(forged, keys.publicKey)).toMatchObject({
      ok: false,
      reason: 'bad-signature',
      message: 'The signature on version 13 does not match the pinned key.',
    });
  });

  it('refuses an unsigned pack, or a garbled signature, when a key is pinned', async () => {
    expect(await verifyPack(DEFAULT_GUIDANCE_PACK, keys.publicKey)).toMatchObject({
      ok: false,
      reason: 'unsigned',
    });
    for (const signature of ['AAAA', '!!not base64!!', 'A'.repeat(88)]) {
      expect(await verifyPack({ ...signed, signature }, keys.publicKey)).toMatchObject({
        ok: false,
        reason: 'bad-signature',
      });
    }
  });

  it('accepts anything when no key is pinned, and says it did not check', async () => {
    expect(await verifyPack(DEFAULT_GUIDANCE_PACK, undefined)).toEqual({
      ok: true,
      checked: false,
    });
    expect(await verifyPack(signed, '  ')).toEqual({ ok: true, checked: false });
  });

  it('refuses to check against a malformed pinned key', async () => {
    await expect(importPublicKey('not-a-key')).rejects.toThrow(/raw 32-byte Ed25519/);
    expect(await verifyPack(signed, 'not-a-key')).toMatchObject({ ok: false, reason: 'bad-key' });
  });
});
