import type { Database } from 'better-sqlite3';
import { DEFAULT_GUIDANCE_PACK } from '../../utils/guidance/default-pack';
import { guidancePackSchema, type GuidancePack } from '../../utils/guidance/schema';
import { latestVersion } from '../guidance/versions';

/** The guidance every panel has now: what an overlay's action must exist in. */
export function guidanceInForce(db: Database): GuidancePack {
  const current = latestVersion(db);
  return current === undefined
    ? DEFAULT_GUIDANCE_PACK
    : guidancePackSchema.parse(JSON.parse(current.pack));
}
