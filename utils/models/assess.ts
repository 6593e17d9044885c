import type { Assessment, ModelProblem } from '../assessment/schema';
import type { Case } from '../case/schema';
import type { GuidancePack } from '../guidance/schema';
import { runAssessment } from './assess-run';
import type { AssessSettings } from './assess-settings';
import type { RetryOptions } from './backoff';
import {
  cacheKey,
  createAssessmentCache,
  type AssessmentCache,
  type LocalAssessmentCache,
} from './cache';
import type { ClientFactory } from './client-factory';
import { hashCaseContent, sha256Hex } from './content-hash';
import { shareInFlight } from './in-flight';
import { MODEL_RESPONSE_MARK, markTiming } from './timing-mark';

export interface AssessInput {
  caseData: Case;
  pack: GuidancePack;
  settings: AssessSettings;
  /**
   * The model API key or company-proxy token, read by the caller from extension IndexedDB
   * through `model-access.ts`; or, when that refused to hand it out, why (shown as the problem).
   */
  secrets: { modelApiKey?: string; refusal?: ModelProblem };
  /** Builds the OpenAI SDK client; tests point it at the stand-in. */
  createClient: ClientFactory;
  /** Fires when the reviewer leaves the case: model calls stop and assessCase rejects. */
  signal?: AbortSignal;
  /** Defaults to the shared IndexedDB cache; null turns caching off. */
  cache?: AssessmentCache | null;
  now?: () => Date;
  retry?: RetryOptions;
}

let sharedCache: LocalAssessmentCache | undefined;

/**
 * Assessments whose cache write has not landed yet. Between the shared run ending and the write
 * landing, a caller that was slower to arrive (a second panel on a busy machine) would find
 * neither the run nor the cache entry and call the model again.
 */
const beingCached = new Map<string, Assessment>();

/**
 * How long a new assessment waits before it is written to IndexedDB: past the moments in which
 * the panel receives, renders and paints the scores (cloning a long case's assessment and the
 * eviction pass would compete with them for the CPU). `beingCached` answers lookups meanwhile.
 */
const CACHE_WRITE_DELAY_MS = 300;

/** The settings that change an assessment besides the models and the pack. */
function settingsHash(s: AssessSettings): Promise<string> {
  const relevant = [s.baseUrl, s.policyApi, s.policyLlm, s.uncertainBounds, s.redaction];
  return sha256Hex(JSON.stringify(relevant)).then((h) => h.slice(0, 16));
}

const cached = <T extends object>(p: T | undefined) => p && { ...p, cached: true };

function markCached(a: Assessment): Assessment {
  return {
    ...a,
    provenance: {
      moderation: cached(a.provenance.moderation),
      policyLlm: cached(a.provenance.policyLlm),
    },
  };
}

type CacheInput = Pick<AssessInput, 'caseData' | 'pack' | 'settings' | 'cache'>;

const theSharedCache = () => (sharedCache ??= createAssessmentCache());
const cacheOf = (input: CacheInput) => (input.cache === undefined ? theSharedCache() : input.cache);

async function keyOf({ caseData, pack, settings }: CacheInput) {
  const [contentHash, settingsDigest] = await Promise.all([
    hashCaseContent(caseData),
    settingsHash(settings),
  ]);
  const key = cacheKey({
    contentHash,
    moderationModel: settings.moderationModel,
    policyModel: settings.policyLlm === 'never' ? undefined : settings.policyModel,
    guidanceVersion: pack.version,
    settingsHash: settingsDigest,
  });
  return { key, contentHash };
}

/** What the cache already holds for `key`, marked cached; a broken cache is a miss. */
async function lookUp(cache: AssessmentCache | null, key: string) {
  if (!cache) return undefined;
  const hit = beingCached.get(key) ?? (await cache.get(key).catch(() => undefined));
  return hit && markCached(hit);
}

/**
 * Empties the shared cache, so every case is scored afresh: for a lead who knows a model behind
 * an unchanged name has changed (`omni-moderation-latest` is an alias). Answers how many
 * assessments it held.
 */
export function clearAssessmentCache(): Promise<number> {
  beingCached.clear();
  return theSharedCache().clear();
}

/**
 * The case's assessment if the cache has it, without calling any model: lets the background
 * hand a revisited case to the panel together with its scores.
 */
export async function findCachedAssessment(input: CacheInput): Promise<Assessment | undefined> {
  return lookUp(cacheOf(input), (await keyOf(input)).key);
}

/**
 * Assesses one case: served from the cache when the same content was assessed under the same
 * models, guidance and settings; otherwise computed once however many panels ask at the same
 * time. Rejects only when `signal` aborts; model failures come back as `problems`, and an
 * assessment with problems is not cached, so the next visit tries again.
 */
export async function assessCase(input: AssessInput): Promise<Assessment> {
  const { caseData, pack, settings, signal } = input;
  signal?.throwIfAborted();
  const now = input.now ?? (() => new Date());
  const cache = cacheOf(input);
  const { key, contentHash } = await keyOf(input);
  const apiKey = input.secrets.modelApiKey;
  // The cache lookup is part of the shared work: two panels asking at once must not both miss
  // (a lookup issued before the other's write cannot see it) and both call the model.
  return shareInFlight(
    key,
    async (shared) => {
      // A broken cache (quota, private mode) costs a model call, never the assessment.
      const hit = await lookUp(cache, key);
      shared.throwIfAborted();
      if (hit) return hit;
      const client = apiKey ? input.createClient({ baseURL: settings.baseUrl, apiKey }) : undefined;
      const assessment = await runAssessment({
        caseData,
        pack,
        settings,
        client,
        refusal: input.secrets.refusal,
        contentHash,
        signal: shared,
        now,
        retry: input.retry,
      });
      markTiming(MODEL_RESPONSE_MARK, { caseId: caseData.id, contentHash });
      // Not awaited, and started only once the scores have reached the panel (see
      // CACHE_WRITE_DELAY_MS). Until it lands, `beingCached` answers lookups.
      if (assessment.problems.length === 0 && cache) {
        beingCached.set(key, assessment);
        setTimeout(() => {
          // Emptied meanwhile ("Clear cached scores"): this result goes too.
          if (beingCached.get(key) !== assessment) return;
          void cache
            .set(key, assessment)
            .catch(() => {})
            .finally(() => beingCached.delete(key));
        }, CACHE_WRITE_DELAY_MS);
      }
      return assessment;
    },
    signal,
  );
}
