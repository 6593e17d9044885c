import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { GuidanceVersionSummary } from '../../utils/guidance/api-schema';
import { DEFAULT_GUIDANCE_PACK } from '../../utils/guidance/default-pack';
import type { GuidancePack } from '../../utils/guidance/schema';
import { prepared } from '../db/statements';

/** Published guidance versions (append-only; the migration's triggers enforce it). */

export interface StoredVersion extends GuidanceVersionSummary {
  /** The pack's JSON exactly as served. */
  pack: string;
  /** Strong ETag of that text. */
  etag: string;
}

const rowSchema = z.object({
  version: z.number().int(),
  pack: z.string(),
  etag: z.string(),
  publisher_id: z.string(),
  publisher: z.string(),
  published_at: z.string(),
  signature: z.string().nullable(),
  base_version: z.number().int().nullable(),
});

const SUMMARY_COLUMNS =
  'version, etag, publisher_id, publisher, published_at, signature, base_version';

function toStored(raw: unknown): StoredVersion {
  const row = rowSchema.parse({ pack: '', ...(raw as object) });
  return {
    version: row.version,
    pack: row.pack,
    etag: row.etag,
    publisherId: row.publisher_id,
    publisher: row.publisher,
    publishedAt: row.published_at,
    signed: row.signature !== null,
    baseVersion: row.base_version,
  };
}

/** Strong: it names the exact bytes, and the text of a version never changes. */
export function etagOf(version: number, text: string): string {
  const digest = createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 22);
  return `"g${version}-${digest}"`;
}

export function latestVersion(db: Database): StoredVersion | undefined {
  const raw = prepared(db, 'SELECT * FROM guidance_versions ORDER BY version DESC LIMIT 1').get();
  return raw === undefined ? undefined : toStored(raw);
}

export function findVersion(db: Database, version: number): StoredVersion | undefined {
  const raw = prepared(db, 'SELECT * FROM guidance_versions WHERE version = ?').get(version);
  return raw === undefined ? undefined : toStored(raw);
}

/** Newest first, without the packs. */
export function listVersions(db: Database): GuidanceVersionSummary[] {
  return prepared(db, `SELECT ${SUMMARY_COLUMNS} FROM guidance_versions ORDER BY version DESC`)
    .all()
    .map((raw) => {
      const { pack: _pack, etag: _etag, ...summary } = toStored(raw);
      return summary;
    });
}

export function insertVersion(
  db: Database,
  pack: GuidancePack,
  meta: { publisherId: string; publisher: string; publishedAt: string; baseVersion?: number },
): StoredVersion {
  const text = JSON.stringify(pack);
  const stored: StoredVersion = {
    version: pack.version,
    pack: text,
    etag: etagOf(pack.version, text),
    publisherId: meta.publisherId,
    publisher: meta.publisher,
    publishedAt: meta.publishedAt,
    signed: pack.signature !== undefined,
    baseVersion: meta.baseVersion ?? null,
  };
  prepared(
    db,
    `INSERT INTO guidance_versions
       (version, pack, etag, publisher_id, publisher, published_at, signature, base_version)
     VALUES (@version, @pack, @etag, @publisherId, @publisher, @publishedAt, @signature, @baseVersion)`,
  ).run({ ...stored, signature: pack.signature ?? null });
  return stored;
}

/**
 * A team starts from the default pack, as version 1, until a lead publishes their own.
 * Check and insert in one write-locked transaction: several instances start at once on the
 * same database, and each would otherwise see no version and insert version 1.
 */
export function seedDefaultGuidance(db: Database): void {
  db.transaction(() => {
    if (latestVersion(db)) return;
    insertVersion(db, DEFAULT_GUIDANCE_PACK, {
      publisherId: 'caselight',
      publisher: DEFAULT_GUIDANCE_PACK.publisher,
      publishedAt: DEFAULT_GUIDANCE_PACK.publishedAt,
    });
  }).immediate();
}
