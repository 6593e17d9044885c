import type { Database } from 'better-sqlite3';
import type { Me } from '../../utils/case-api/schema';
import { MAX_PACK_BYTES, type PublishRequest } from '../../utils/guidance/api-schema';
import { validatePack, type PackIssue } from '../../utils/guidance/validate';
import { insertVersion, latestVersion, type StoredVersion } from './versions';

/**
 * Publishing a version: numbered `previous + 1`, refused when the editor worked from an older
 * version than the current one (two leads editing at once must not overwrite each other).
 */

export type PublishOutcome =
  | { ok: true; stored: StoredVersion }
  | { ok: false; status: 409; code: 'stale_base' | 'version_mismatch'; message: string }
  | { ok: false; status: 422; code: 'invalid_pack'; message: string; issues: PackIssue[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function publishVersion(
  db: Database,
  request: PublishRequest,
  me: Me,
  now: Date,
): PublishOutcome {
  // better-sqlite3 runs this synchronously: no other publish can come between read and insert.
  return db
    .transaction((): PublishOutcome => {
      const current = latestVersion(db)?.version ?? 0;
      if (request.baseVersion !== undefined && request.baseVersion !== current) {
        return {
          ok: false,
          status: 409,
          code: 'stale_base',
          message: `This was edited from version ${request.baseVersion}, but version ${current} has been published since. Reload it and apply your changes again.`,
        };
      }
      const next = current + 1;
      const raw = request.pack;
      const signed = isRecord(raw) && raw.signature !== undefined;
      if (signed && raw.version !== next) {
        return {
          ok: false,
          status: 409,
          code: 'version_mismatch',
          message: `The pack is signed as version ${String(raw.version)}, but the next version is ${next}. Sign it again as version ${next}.`,
        };
      }
      // The case API numbers, dates and attributes an unsigned pack itself.
      const input =
        isRecord(raw) && !signed
          ? { ...raw, version: next, publisher: me.name, publishedAt: now.toISOString() }
          : raw;
      const result = validatePack(input);
      const tooLarge =
        result.pack !== undefined &&
        Buffer.byteLength(JSON.stringify(result.pack), 'utf8') > MAX_PACK_BYTES;
      if (!result.ok || tooLarge) {
        const issues = tooLarge
          ? [{ path: '', message: `A pack is at most ${MAX_PACK_BYTES / 1024 / 1024} MiB.` }]
          : result.issues;
        return {
          ok: false,
          status: 422,
          code: 'invalid_pack',
          message: `The pack has ${issues.length} problem${issues.length === 1 ? '' : 's'}: ${issues[0]?.path || '(pack)'}: ${issues[0]?.message}`,
          issues,
        };
      }
      const stored = insertVersion(db, result.pack, {
        publisherId: me.id,
        publisher: me.name,
        publishedAt: now.toISOString(),
        baseVersion: request.baseVersion,
      });
      return { ok: true, stored };
    })
    .immediate();
}
