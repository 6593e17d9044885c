import { clear, createStore, delMany, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import { assessmentSchema, type Assessment } from '../assessment/schema';

/**
 * Assessments kept in the extension origin's IndexedDB (a store of their own), keyed by content
 * hash + models + guidance version + settings, so a revisit costs no model call. Bounded in count
 * and age, oldest evicted first. Values are re-validated on read: an entry written by an older
 * version that no longer parses is a miss, not a crash. The entries this context read or wrote
 * last are also kept in memory, already valid: a revisit while the worker lives skips IndexedDB
 * and the parse, which for a case of hundreds of messages takes tens of milliseconds.
 */

export interface AssessmentCache {
  get(key: string): Promise<Assessment | undefined>;
  set(key: string, assessment: Assessment): Promise<void>;
}

export interface CacheOptions {
  maxEntries?: number;
  maxAgeMs?: number;
  now?: () => number;
  dbName?: string;
}

/** The cache this module makes: the interface, and emptying it (the options page offers it). */
export interface LocalAssessmentCache extends AssessmentCache {
  /** Empties the cache; answers how many entries it held. */
  clear(): Promise<number>;
}

export const DEFAULT_CACHE_ENTRIES = 500;
/** Held in memory as well; an assessment of a 500-message case is a few hundred KB. */
const RECENT_ENTRIES = 16;
export const DEFAULT_CACHE_AGE_MS = 24 * 60 * 60 * 1000;

export interface CacheKeyParts {
  contentHash: string;
  moderationModel: string;
  /** Absent when the policy LLM is off: its model then does not change the result. */
  policyModel?: string;
  guidanceVersion: number;
  /** A hash of the other settings that change the result (redaction, bounds, API, mode). */
  settingsHash: string;
}

export function cacheKey(p: CacheKeyParts): string {
  const policy = p.policyModel ?? '-';
  return `${p.contentHash}|${p.moderationModel}|${policy}|g${p.guidanceVersion}|${p.settingsHash}`;
}

// Two keys per entry: the assessment, and its time alone, so eviction reads only the small ones.
const valueKey = (key: string) => `v:${key}`;
const timeKey = (key: string) => `t:${key}`;

export function createAssessmentCache(opts: CacheOptions = {}): LocalAssessmentCache {
  const maxEntries = opts.maxEntries ?? DEFAULT_CACHE_ENTRIES;
  const maxAgeMs = opts.maxAgeMs ?? DEFAULT_CACHE_AGE_MS;
  const now = opts.now ?? Date.now;
  let store: UseStore | undefined;
  const db = () => (store ??= createStore(opts.dbName ?? 'caselight-assessments', 'assessments'));

  // Most recently used last, never more entries than the store keeps, and each only as long as
  // the age bound allows (an entry the store evicted for count may still be served from here).
  const recent = new Map<string, { at: number; assessment: Assessment }>();
  const remember = (key: string, entry: { at: number; assessment: Assessment }) => {
    recent.delete(key);
    recent.set(key, entry);
    for (const old of recent.keys()) {
      if (recent.size <= Math.min(RECENT_ENTRIES, maxEntries)) break;
      recent.delete(old);
    }
  };

  async function evict(): Promise<void> {
    const timeKeys = (await keys<string>(db())).filter((k) => k.startsWith('t:'));
    const times = await getMany<number>(timeKeys, db());
    const entries = timeKeys
      .map((k, i) => ({ key: k.slice(2), at: times[i] ?? 0 }))
      .toSorted((a, b) => b.at - a.at);
    const cutoff = now() - maxAgeMs;
    const stale = entries.filter((e, i) => i >= maxEntries || e.at < cutoff);
    if (stale.length === 0) return;
    await delMany(
      stale.flatMap((e) => [valueKey(e.key), timeKey(e.key)]),
      db(),
    );
  }

  return {
    async get(key) {
      const hot = recent.get(key);
      if (hot && now() - hot.at <= maxAgeMs) {
        remember(key, hot);
        return hot.assessment;
      }
      recent.delete(key);
      const [storedAt, value] = await getMany<unknown>([timeKey(key), valueKey(key)], db());
      if (typeof storedAt !== 'number' || now() - storedAt > maxAgeMs) {
        if (storedAt !== undefined) await delMany([timeKey(key), valueKey(key)], db());
        return undefined;
      }
      const parsed = assessmentSchema.safeParse(value);
      if (parsed.success) {
        remember(key, { at: storedAt, assessment: parsed.data });
        return parsed.data;
      }
      await delMany([timeKey(key), valueKey(key)], db());
      return undefined;
    },
    async set(key, assessment) {
      const at = now();
      remember(key, { at, assessment });
      await setMany(
        [
          [valueKey(key), assessment],
          [timeKey(key), at],
        ],
        db(),
      );
      await evict();
    },
    async clear() {
      recent.clear();
      const count = (await keys<string>(db())).filter((k) => k.startsWith('t:')).length;
      await clear(db());
      return count;
    },
  };
}
