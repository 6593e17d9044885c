import { canonicalJson } from './canonical';
import type { GuidancePack } from './schema';

/**
 * Ed25519 signatures on guidance packs, through WebCrypto (Node 20 and Chromium both have it,
 * so the editor, the case API and the background share this file).
 *
 * - What is signed: the canonical JSON (`canonical.ts`) of the pack *as the schema reads it*
 *   (defaults filled in, unknown keys dropped), without its `signature` field. Parsing first
 *   means a pack whose author left `needsNote: false` out verifies the same as one that wrote it.
 *   Version, publisher and time are covered, so an old signed pack cannot be replayed as new.
 * - The signature: base64 of the 64 signature bytes, in the pack's `signature` field.
 * - The pinned public key: base64 (or base64url) of the raw 32-byte key, the form
 *   `exportKey('raw')` gives; short enough for a managed-policy or settings text field.
 */

const ED25519 = { name: 'Ed25519' } as const;

/** Base64 or base64url of 32 bytes, padding optional. */
export const PUBLIC_KEY_PATTERN = /^[A-Za-z0-9+/_-]{43}=?$/;

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const normal = text.trim().replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(normal.padEnd(Math.ceil(normal.length / 4) * 4, '='));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The exact bytes a signature covers. */
export function signedBytes(pack: GuidancePack): Uint8Array<ArrayBuffer> {
  const { signature: _signature, ...rest } = pack;
  return new TextEncoder().encode(canonicalJson(rest));
}

export async function importPublicKey(base64: string): Promise<CryptoKey> {
  if (!PUBLIC_KEY_PATTERN.test(base64.trim())) {
    throw new Error('The guidance public key must be the base64 of a raw 32-byte Ed25519 key.');
  }
  return crypto.subtle.importKey('raw', fromBase64(base64), ED25519, false, ['verify']);
}

/** For tests and the editor: a fresh key pair, the public half in its pinned (base64) form. */
export async function generateSigningKeys(): Promise<{ privateKey: CryptoKey; publicKey: string }> {
  const pair = await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify']);
  const raw = await crypto.subtle.exportKey('raw', pair.publicKey);
  return { privateKey: pair.privateKey, publicKey: toBase64(new Uint8Array(raw)) };
}

/** The pack with its `signature` set (any earlier one is replaced). */
export async function signPack(pack: GuidancePack, privateKey: CryptoKey): Promise<GuidancePack> {
  const signature = await crypto.subtle.sign(ED25519, privateKey, signedBytes(pack));
  return { ...pack, signature: toBase64(new Uint8Array(signature)) };
}

export type VerifyResult =
  | { ok: true; checked: boolean }
  | { ok: false; reason: 'unsigned' | 'bad-signature' | 'bad-key'; message: string };

/**
 * With no key pinned every pack passes (`checked: false`): signing is optional for a team.
 * With a key pinned, an unsigned pack or one whose signature does not verify is refused.
 */
export async function verifyPack(
  pack: GuidancePack,
  pinnedKey: string | undefined,
): Promise<VerifyResult> {
  if (!pinnedKey?.trim()) return { ok: true, checked: false };
  let key: CryptoKey;
  try {
    key = await importPublicKey(pinnedKey);
  } catch (error) {
    return { ok: false, reason: 'bad-key', message: (error as Error).message };
  }
  if (!pack.signature) {
    return {
      ok: false,
      reason: 'unsigned',
      message: `Version ${pack.version} is not signed, and a guidance public key is pinned.`,
    };
  }
  let valid = false;
  try {
    valid = await crypto.subtle.verify(ED25519, key, fromBase64(pack.signature), signedBytes(pack));
  } catch {
    // Malformed base64 or a signature of the wrong length: as bad as a wrong one.
  }
  return valid
    ? { ok: true, checked: true }
    : {
        ok: false,
        reason: 'bad-signature',
        message: `The signature on version ${pack.version} does not match the pinned key.`,
      };
}
