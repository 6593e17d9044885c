import type { GuidancePack } from './schema';
import { signPack, verifyPack } from './signature';
import { importSigningKey } from './signing-key';

/**
 * The pack the editor sends to publish: the next version, by whom, when, and, when the lead
 * pasted a key, signed with it. Checked here against the public key this browser pins, so a
 * lead learns before publishing, not from every panel refusing it, that panels will not take it.
 */

export type PreparedPack =
  { ok: true; pack: GuidancePack; signed: boolean } | { ok: false; message: string };

export async function preparePack(
  draft: GuidancePack,
  options: {
    baseVersion: number;
    publisher: string;
    now: Date;
    /** Pasted for this publish only; dropped by the caller afterwards. */
    signingKey?: string;
    /** The public key pinned in this browser, by policy or in its settings ('' when none). */
    pinnedKey: string;
  },
): Promise<PreparedPack> {
  const { signature: _old, ...rest } = draft;
  const pack: GuidancePack = {
    ...rest,
    version: options.baseVersion + 1,
    publisher: options.publisher,
    publishedAt: options.now.toISOString(),
  };
  const pinned = options.pinnedKey.trim();
  if (!options.signingKey?.trim()) {
    if (!pinned) return { ok: true, pack, signed: false };
    return {
      ok: false,
      message:
        'This browser pins a guidance public key, so panels like it refuse unsigned guidance. Paste the signing key to publish.',
    };
  }
  let signed: GuidancePack;
  let publicKey: string | undefined;
  try {
    const key = await importSigningKey(options.signingKey);
    publicKey = key.publicKey;
    signed = await signPack(pack, key.privateKey);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (pinned) {
    const verdict = await verifyPack(signed, pinned);
    if (!verdict.ok) {
      const which = publicKey ? ` (this key's public half is ${publicKey})` : '';
      return {
        ok: false,
        message: `This signing key does not match the public key pinned in this browser${which}: panels would refuse this version.`,
      };
    }
  }
  return { ok: true, pack: signed, signed: true };
}
