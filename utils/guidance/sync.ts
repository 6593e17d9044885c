import { CaseApiError, caseApiFetch, serverMessage } from '../case-api/client';
import { readSettings } from '../settings/storage';
import { readPinnedKey } from './pinned-key';
import { diffPacks } from './diff';
import { ensureInstalledPack, installPack } from './ensure-installed';
import { judgeOffer, readCapped } from './offer';
import type { GuidancePack } from './schema';
import { guidanceSyncStorage, guidanceUpdateStorage, type GuidanceSyncStatus } from './sync-store';

/**
 * One guidance check: a conditional GET of the current pack, then install it, keep what is
 * installed, or refuse the offer and say why. The last good pack stays in force whatever
 * happens; every outcome is written to `guidanceSyncStorage` for the panels.
 */

/** A rewrite of a whole pack would fill the banner; past this the rest is counted. */
const MAX_CHANGES_KEPT = 100;

async function install(installed: GuidancePack, pack: GuidancePack, at: string): Promise<void> {
  const changes = diffPacks(installed, pack);
  // The pack first: a banner must never announce a version that is not in force.
  await installPack(pack);
  await guidanceUpdateStorage.setValue({
    from: installed.version,
    to: pack.version,
    changes: changes.slice(0, MAX_CHANGES_KEPT),
    moreChanges: Math.max(0, changes.length - MAX_CHANGES_KEPT),
    at,
    dismissed: false,
  });
}

async function check(): Promise<GuidanceSyncStatus> {
  const [installed, previous, settings] = await Promise.all([
    ensureInstalledPack(),
    guidanceSyncStorage.getValue(),
    readSettings(),
  ]);
  const publicKey = (await readPinnedKey(settings)).key;
  const at = new Date().toISOString();
  const base = { version: installed.version, etag: previous?.etag, checkedAt: at };
  // A refusal stands until the offer or the pinned key changes: no need to fetch it again.
  const refusal = previous?.refusal?.publicKey === publicKey ? previous.refusal : undefined;
  const known = [base.etag, refusal?.etag].filter((tag): tag is string => Boolean(tag));

  let response: Response;
  try {
    response = await caseApiFetch('/guidance/current', {
      headers: known.length > 0 ? { 'if-none-match': known.join(', ') } : {},
    });
  } catch (error) {
    if (!(error instanceof CaseApiError)) throw error;
    const state = error.problem === 'unauthorized' ? 'unauthorized' : 'unreachable';
    return { ...base, refusal, state, message: error.message };
  }
  const etag = response.headers.get('etag') ?? undefined;
  if (response.status === 304) {
    if (refusal && etag === refusal.etag) return { ...base, state: 'refused', refusal };
    return { ...base, state: 'ok' };
  }
  if (response.status === 401 || response.status === 403) {
    const message = `The case API refused the sign-in token: ${await serverMessage(response)}`;
    return { ...base, refusal, state: 'unauthorized', message };
  }
  if (response.status !== 200) {
    const message = `The case API answered ${response.status}: ${await serverMessage(response)}`;
    return { ...base, refusal, state: 'bad-response', message };
  }
  const verdict = await judgeOffer(await readCapped(response), installed, publicKey);
  if (verdict.kind === 'unchanged') return { ...base, etag, state: 'ok' };
  if (verdict.kind === 'refuse') {
    const { kind: _kind, ...why } = verdict;
    return { ...base, state: 'refused', refusal: { ...why, etag, publicKey, at } };
  }
  await install(installed, verdict.pack, at);
  return { version: verdict.pack.version, etag, checkedAt: at, state: 'ok' };
}

let inFlight: Promise<GuidanceSyncStatus> | undefined;

/**
 * Checks now; calls made while a check runs share it. Never rejects. With `maxAgeMs` (a panel
 * opening), a successful check that recent stands: a reviewer opens a panel per case, and the
 * alarm checks on its own schedule anyway.
 */
export async function syncGuidance(
  options: { maxAgeMs?: number } = {},
): Promise<GuidanceSyncStatus> {
  if (options.maxAgeMs !== undefined && !inFlight) {
    const last = await guidanceSyncStorage.getValue();
    const age = last ? Date.now() - Date.parse(last.checkedAt) : Infinity;
    if (last?.state === 'ok' && age < options.maxAgeMs) return last;
  }
  inFlight ??= (async () => {
    let status: GuidanceSyncStatus;
    try {
      status = await check();
    } catch (error) {
      // A bug or a storage failure: still leave the panels an answer, and keep the pack.
      const installed = await ensureInstalledPack().catch(() => undefined);
      status = {
        state: 'bad-response',
        version: installed?.version ?? 1,
        message: `Guidance check failed: ${error instanceof Error ? error.message : String(error)}`,
        checkedAt: new Date().toISOString(),
      };
    }
    await guidanceSyncStorage.setValue(status).catch(() => undefined);
    return status;
  })().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}
