import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../assessment/__tests__/fixtures';
import type { Assessment } from '../../assessment/schema';
import { cacheKey, createAssessmentCache } from '../cache';
import { canonicalCaseContent, hashCaseContent } from '../content-hash';
import { inFlightCount, shareInFlight } from '../in-flight';
import { item, makeCase } from './fixtures';

let db = 0;
/** A fresh database per test: fake-indexeddb persists across tests in one file. */
const fresh = (opts: { maxEntries?: number; maxAgeMs?: number; now?: () => number } = {}) =>
  createAssessmentCache({ ...opts, dbName: `cache-test-${++db}` });

function assessment(caseId: string): Assessment {
  return makeAssessment(caseId, {
    assessedAt: '2026-11-27T10:00:00Z',
    itemScores: { 'm-1': { harassment: 0.8 } },
    categories: { harassment: { score: 0.8, itemIds: ['m-1'] } },
  });
}

describe('assessment cache', () => {
  it('a stored assessment is a hit under the same key, a miss under another', async () => {
    const cache = fresh();
    await cache.set('k1', assessment('c-1'));
    expect(await cache.get('k1')).toEqual(assessment('c-1'));
    expect(await cache.get('k2')).toBeUndefined();
  });

  it('entries older than the age bound are gone', async () => {
    let t = 0;
    const cache = fresh({ maxAgeMs: 1000, now: () => t });
    await cache.set('old', assessment('c-1'));
    t = 1001;
    expect(await cache.get('old')).toBeUndefined();
    t = 0;
    expect(await cache.get('old')).toBeUndefined(); // deleted, not just hidden
  });

  it('stays within its size bound, evicting the oldest first', async () => {
    let t = 0;
    const cache = fresh({ maxEntries: 3, now: () => t });
    for (const k of ['a', 'b', 'c', 'd', 'e']) {
      t += 10;
      await cache.set(k, assessment(`c-${k}`));
    }
    const present = [];
    for (const k of ['a', 'b', 'c', 'd', 'e']) if (await cache.get(k)) present.push(k);
    expect(present).toEqual(['c', 'd', 'e']);
  });

  it('an entry an older version wrote that no longer matches the schema is a miss', async () => {
    const dbName = `cache-test-${++db}`;
    await createAssessmentCache({ dbName }).set('k', {
      ...assessment('c-1'),
      contentHash: 'not-a-hash',
    });
    // A new worker (a new version): nothing in memory, the entry is read from IndexedDB.
    expect(await createAssessmentCache({ dbName }).get('k')).toBeUndefined();
  });

  it('a revisit in the same worker is served from memory, still bounded by age', async () => {
    let t = 0;
    const dbName = `cache-test-${++db}`;
    const cache = createAssessmentCache({ dbName, maxAgeMs: 1000, now: () => t });
    await cache.set('k', assessment('c-1'));
    // Emptied behind the cache's back: only its memory can still answer.
    await createAssessmentCache({ dbName }).clear();
    expect(await cache.get('k')).toEqual(assessment('c-1'));
    t = 1001;
    expect(await cache.get('k')).toBeUndefined();
  });

  it('clear empties memory and IndexedDB and says how many entries there were', async () => {
    const dbName = `cache-test-${++db}`;
    const cache = createAssessmentCache({ dbName });
    await cache.set('a', assessment('c-1'));
    await cache.set('b', assessment('c-2'));
    expect(await cache.clear()).toBe(2);
    expect(await cache.get('a')).toBeUndefined();
    expect(await createAssessmentCache({ dbName }).get('b')).toBeUndefined();
  });

  it('keys separate models, guidance versions and settings', () => {
    const base = {
      contentHash: 'h',
      moderationModel: 'omni',
      guidanceVersion: 1,
      settingsHash: 's',
    };
    const keys = new Set([
      cacheKey(base),
      cacheKey({ ...base, policyModel: 'gpt-5-mini' }),
      cacheKey({ ...base, guidanceVersion: 2 }),
      cacheKey({ ...base, moderationModel: 'other' }),
      cacheKey({ ...base, settingsHash: 't' }),
    ]);
    expect(keys.size).toBe(5);
  });
});

describe('in-flight sharing', () => {
  it('identical requests in flight share one piece of work', async () => {
    let runs = 0;
    const gate: { open?: () => void } = {};
    const work = async () => {
      runs++;
      await new Promise<void>((r) => (gate.open = r));
      return 'done';
    };
    const a = shareInFlight('same', work);
    const b = shareInFlight('same', work);
    expect(inFlightCount()).toBe(1);
    gate.open?.();
    expect(await Promise.all([a, b])).toEqual(['done', 'done']);
    expect(runs).toBe(1);
    expect(inFlightCount()).toBe(0);
  });

  it('the shared work is aborted only when every waiter has left', async () => {
    let sharedSignal: AbortSignal | undefined;
    const work = (signal: AbortSignal) => {
      sharedSignal = signal;
      return new Promise<string>((_, reject) =>
        signal.addEventListener('abort', () => reject(signal.reason)),
      );
    };
    const first = new AbortController();
    const second = new AbortController();
    const a = shareInFlight('leave', work, first.signal);
    const b = shareInFlight('leave', work, second.signal);
    first.abort(new DOMException('left', 'AbortError'));
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    expect(sharedSignal?.aborted).toBe(false);
    second.abort(new DOMException('left', 'AbortError'));
    await expect(b).rejects.toMatchObject({ name: 'AbortError' });
    expect(sharedSignal?.aborted).toBe(true);
    expect(inFlightCount()).toBe(0);
  });
});

describe('content hash', () => {
  const c = makeCase([item('m-1', 'hello')], { reported: { id: 'u-1' } });

  it('is the SHA-256 hex of the canonical content, stable across calls', async () => {
    const hash = await hashCaseContent(c);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashCaseContent(structuredClone(c))).toBe(hash);
  });

  it('changes with what is scored or redacted, not with console bookkeeping', async () => {
    const hash = await hashCaseContent(c);
    expect(await hashCaseContent({ ...c, status: 'closed', queue: 'q2' })).toBe(hash);
    expect(await hashCaseContent({ ...c, items: [item('m-1', 'hello!')] })).not.toBe(hash);
    expect(await hashCaseContent({ ...c, reported: { id: 'u-2' } })).not.toBe(hash);
    expect(canonicalCaseContent(c)).not.toContain('author of');
  });
});
