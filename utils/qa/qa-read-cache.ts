import type { CaseApiSession } from '../case-api/client';

/**
 * The QA queue and the recent QA results, as every panel reads them on every case it shows:
 * kept here for a short while, and shared by panels opening together (one request in flight
 * serves them all), so opening a case costs no QA request while the answer is fresh. A write
 * from this browser that changes them (a QA decision delivered, a review, a dispute, a
 * settlement) forgets them at once; others' writes show within the TTL.
 */

export const QA_READ_TTL_MS = 30_000;

type Read = 'queue' | 'results';
interface Kept {
  at: number;
  answer: Promise<unknown>;
}

const kept = new Map<string, Kept>();
// A read started before a write must not be kept after it: it may predate the write.
let generation = 0;

/** Per case API and token: another sign-in never sees the previous account's queue. */
const keyOf = (read: Read, session: CaseApiSession) =>
  `${read}\n${session.baseUrl}\n${session.token ?? ''}`;

/**
 * The kept answer, or a fresh one from `load`. An answer `keep` refuses (a network failure, a
 * server error) is not kept, so the next panel asks again.
 */
export function cachedQaRead<T>(
  read: Read,
  session: CaseApiSession,
  load: () => Promise<T>,
  keep: (answer: T) => boolean,
): Promise<T> {
  const key = keyOf(read, session);
  const now = Date.now();
  const hit = kept.get(key);
  if (hit && now - hit.at < QA_READ_TTL_MS) return hit.answer as Promise<T>;
  const started = generation;
  const answer = load();
  kept.set(key, { at: now, answer });
  const drop = () => {
    if (kept.get(key)?.answer === answer) kept.delete(key);
  };
  void answer.then((value) => (keep(value) && started === generation ? undefined : drop()), drop);
  return answer;
}

/** After a write from this browser that changes the queue or the results. */
export function forgetQaReads(): void {
  generation += 1;
  kept.clear();
}
