import { MAX_PACK_BYTES } from './api-schema';
import { canonicalJson } from './canonical';
import { DEFAULT_GUIDANCE_PACK } from './default-pack';
import type { GuidancePack } from './schema';
import { verifyPack } from './signature';
import type { RefusalReason } from './sync-store';
import { checkPack } from './validate-core';

/**
 * Judges a pack the case API offers against the one installed. Never throws: whatever the
 * feed sends, the answer is install it, nothing new, or refused with a reason a reviewer can read.
 * The checks are the publish-time ones (`checkPack`), regexes judged by the engine that runs them.
 */

export type OfferVerdict =
  | { kind: 'install'; pack: GuidancePack }
  | { kind: 'unchanged' }
  | { kind: 'refuse'; reason: RefusalReason; message: string; offeredVersion?: number };

const refuse = (reason: RefusalReason, message: string, offeredVersion?: number): OfferVerdict => ({
  kind: 'refuse',
  reason,
  message,
  offeredVersion,
});

/** The body as text, or undefined past `max` bytes; stops reading there (the rest may be huge). */
export async function readCapped(
  response: Response,
  max = MAX_PACK_BYTES,
): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > max) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export async function judgeOffer(
  text: string | undefined,
  installed: GuidancePack,
  publicKey: string,
): Promise<OfferVerdict> {
  if (text === undefined) {
    return refuse('too-large', `The guidance offered is over ${MAX_PACK_BYTES / 1024 / 1024} MiB.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('malformed', 'The guidance offered is not valid JSON.');
  }
  const offeredVersion =
    typeof json === 'object' &&
    json !== null &&
    'version' in json &&
    typeof json.version === 'number'
      ? json.version
      : undefined;
  const result = checkPack(json);
  if (!result.ok) {
    const first = result.issues[0];
    const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
    const where = first?.path ? `${first.path}: ` : '';
    return refuse(
      'invalid',
      `The guidance offered is invalid: ${where}${first?.message}${more}`,
      offeredVersion,
    );
  }
  const pack = result.pack;
  if (pack.version < installed.version) {
    return refuse(
      'rollback',
      `Version ${pack.version} is older than version ${installed.version}, which is installed.`,
      pack.version,
    );
  }
  const installedText = canonicalJson(installed);
  // The built-in pack is version 1 too; a team's own version 1 replaces it.
  const builtIn = installedText === canonicalJson(DEFAULT_GUIDANCE_PACK);
  if (pack.version === installed.version) {
    if (canonicalJson(pack) === installedText) return { kind: 'unchanged' };
  }
  if (pack.version === installed.version && !builtIn) {
    // The same version twice must be the same pack; anything else is a feed to distrust.
    return refuse(
      'conflict',
      `Version ${pack.version} offered differs from the version ${pack.version} installed.`,
      pack.version,
    );
  }
  const verified = await verifyPack(pack, publicKey);
  if (!verified.ok) return refuse(verified.reason, verified.message, pack.version);
  return { kind: 'install', pack };
}
