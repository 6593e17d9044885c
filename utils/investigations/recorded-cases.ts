import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { CaseEntitiesInput } from './schema';

/**
 * Which cases the case API already holds with which entities, so a panel reopening on a case
 * sends nothing again. Kept in `storage.session` (the background's only writer; closed to
 * content scripts) rather than in memory, because the service worker is stopped after half a
 * minute idle and would forget: every panel view then cost one PUT. Keyed by case, holding a
 * hash of the entity set, not the entities; entries older than a day are sent again, so the
 * case API's "last seen" stays roughly true.
 */
const FRESH_MS = 24 * 60 * 60 * 1000;
const MAX_REMEMBERED = 500;

const recordedSchema = z.record(z.string(), z.object({ hash: z.string(), at: z.number() }));
const recordedItem = storage.defineItem<unknown>('session:recordedCaseEntities', { fallback: {} });

const caseKey = (console: string, id: string) => `${console}\n${id}`;

/** A hash of what was sent: the entity set (in any order), the case's address and subject. */
export function entitySetHash(body: CaseEntitiesInput): string {
  const entities = body.entities.map((e) => `${e.kind}:${e.value}`).toSorted();
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify([entities, body.url, body.subject ?? '']))));
}

async function readRecorded() {
  const parsed = recordedSchema.safeParse(await recordedItem.getValue());
  return parsed.success ? parsed.data : {};
}

export async function recentlyRecorded(
  console: string,
  id: string,
  hash: string,
  now = Date.now(),
) {
  const entry = (await readRecorded())[caseKey(console, id)];
  return entry?.hash === hash && now - entry.at < FRESH_MS;
}

export async function rememberRecorded(
  console: string,
  id: string,
  hash: string,
  now = Date.now(),
) {
  const recorded = await readRecorded();
  delete recorded[caseKey(console, id)];
  recorded[caseKey(console, id)] = { hash, at: now };
  // Insertion order is age order: the oldest go first when the list is full.
  const keys = Object.keys(recorded);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_REMEMBERED))) delete recorded[old];
  await recordedItem.setValue(recorded);
}
