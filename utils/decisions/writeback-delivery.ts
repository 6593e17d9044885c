import { browser } from 'wxt/browser';
import { originPattern } from '../settings/schema';
import { runWriteback, type WritebackOutcome } from '../case/writer/run';
import type { Writer } from '../case/writer/schema';
import { getWriter, readWriterSecret } from '../case/writer/store';
import { appendAudit } from './audit-log';
import { eachLimited } from './each-limited';
import { RUN_ID } from './run-id';
import type { OutboxEntry } from './outbox-entry';
import { listEntries, updateEntries, updateEntry } from './outbox-store';
import { publishOutboxView } from './outbox-view';
import { pacerFor } from './writeback-pace';
import {
  applyWritebackOutcome,
  WRITEBACK_LEASE_MS,
  writebackDue,
  writebackDueAt,
  type Writeback,
} from './writeback-state';

/**
 * Delivers write-backs: the outbox's second kind of destination. Like the case API's delivery,
 * queue state is only ever in IndexedDB; each write-back is claimed with a lease before it is
 * sent, its progress written after every request (so a worker that dies mid-way resumes, and
 * looks before re-sending what it cannot know landed), and its outcome written back. Writers
 * are delivered side by side, each at its own pace and with at most its declared concurrency.
 */

const LEASE_MS = WRITEBACK_LEASE_MS;

type Key = { id: string; writerId: string };

const withWriteback = (
  entry: OutboxEntry,
  writerId: string,
  change: (w: Writeback) => Writeback | undefined,
) => {
  const index = entry.writebacks.findIndex((w) => w.writerId === writerId);
  const current = entry.writebacks[index];
  const next = current && change(current);
  if (!next) return undefined;
  return { ...entry, writebacks: entry.writebacks.with(index, next) };
};

const ours = (w: Writeback) => w.state === 'sending' && w.leaseHolder === RUN_ID;

/** Written early (see `onWritten`): what comes after only completes what the panel shows. */
const writtenEarly = (w: Writeback, outcome: WritebackOutcome) =>
  w.state === 'delivered' && outcome.kind === 'delivered'
    ? { ...w, result: outcome.result, progress: outcome.progress }
    : undefined;

async function record(key: Key, outcome: WritebackOutcome, writer: Writer | undefined) {
  const entry = await updateEntry(key.id, (e) =>
    withWriteback(e, key.writerId, (w) =>
      ours(w) ? applyWritebackOutcome(w, outcome, Date.now()) : writtenEarly(w, outcome),
    ),
  );
  if (outcome.kind === 'retry' && outcome.status === 429 && writer)
    pacerFor(writer.id, writer.rateLimit.requestsPerMinute).pause(outcome.serverWaitMs ?? 60_000);
  if (outcome.kind === 'failed' && entry) {
    await appendAudit({
      at: new Date().toISOString(),
      what: 'writeback-failed',
      decisionId: key.id,
      caseId: entry.decision.caseId,
      detail: {
        writerId: key.writerId,
        status: outcome.status,
        message: outcome.message,
        decision: entry.decision,
      },
    });
  }
}

async function deliverOne(
  key: Key,
  writer: Writer | undefined,
): Promise<WritebackOutcome['kind'] | undefined> {
  let wasUncertain = false;
  const claimed = await updateEntry(key.id, (e) =>
    withWriteback(e, key.writerId, (w) => {
      if (e.state !== 'delivered' || !writebackDue(w, Date.now(), RUN_ID)) return undefined;
      // A lease we find still held by a dead worker: its request may have landed.
      wasUncertain = w.uncertain || w.state === 'sending';
      const leaseUntil = Date.now() + LEASE_MS;
      return {
        ...w,
        state: 'sending',
        attempts: w.attempts + 1,
        leaseUntil,
        leaseHolder: RUN_ID,
        uncertain: true,
      };
    }),
  );
  const writeback = claimed?.writebacks.find((w) => w.writerId === key.writerId);
  if (!claimed || !writeback) return undefined;
  if (!writer) {
    const message = `The writer "${writeback.writerName}" was removed; add it again or discard this write-back.`;
    await record(
      key,
      { kind: 'failed', status: 0, message, progress: writeback.progress, uncertain: wasUncertain },
      undefined,
    );
    return 'failed';
  }
  // As for the case API: the browser must allow the console's site, or nothing is sent at all.
  if (!(await browser.permissions.contains({ origins: [originPattern(writer.baseUrl)] }))) {
    const message = `Caselight may not reach ${new URL(writer.baseUrl).origin}: allow it by saving the writer "${writer.name}" again on the Writers page. The write-back is kept.`;
    await record(
      key,
      { kind: 'needs-sign-in', message, progress: writeback.progress, uncertain: wasUncertain },
      writer,
    );
    return 'needs-sign-in';
  }
  const pacer = pacerFor(writer.id, writer.rateLimit.requestsPerMinute);
  const outcome = await runWriteback({
    writer,
    decision: claimed.decision,
    context: writeback.context,
    progress: writeback.progress,
    uncertain: wasUncertain,
    secret: await readWriterSecret(writer.id),
    pace: () => pacer.pace(),
    onWritten: async (progress) => {
      const written = { kind: 'delivered' as const, result: 'written', progress };
      await updateEntry(key.id, (e) =>
        withWriteback(e, key.writerId, (w) =>
          ours(w) ? applyWritebackOutcome(w, written, Date.now()) : undefined,
        ),
      );
      publishOutboxView();
    },
    onProgress: async (progress) => {
      await updateEntry(key.id, (e) =>
        withWriteback(e, key.writerId, (w) =>
          ours(w) ? { ...w, progress, leaseUntil: Date.now() + LEASE_MS } : undefined,
        ),
      );
    },
  }).catch((error: unknown): WritebackOutcome => ({
    kind: 'retry',
    message: `Caselight could not send the write-back: ${error instanceof Error ? error.message : String(error)}`,
    progress: writeback.progress,
    uncertain: true,
  }));
  await record(key, outcome, writer);
  return outcome.kind;
}

/**
 * The console just took a write: it is back. Write-backs of this writer (of every writer, when
 * the browser starts) waiting out our own backoff go now; waits a console asked for (429)
 * are left alone.
 */
export async function pullForwardWritebacks(writerId?: string): Promise<void> {
  const now = Date.now();
  const backedOff = (w: Writeback) =>
    (writerId === undefined || w.writerId === writerId) &&
    w.state === 'queued' &&
    w.nextAttemptAt > now &&
    w.lastError?.status !== 429;
  const { entries } = await listEntries();
  const ids = entries.filter((e) => e.writebacks.some(backedOff)).map((e) => e.decision.id);
  if (!ids.length) return;
  await updateEntries(ids, (e) => ({
    ...e,
    writebacks: e.writebacks.map((w) => (backedOff(w) ? { ...w, nextAttemptAt: Date.now() } : w)),
  }));
}

/** One pass over what is due; answers when the next write-back falls due, and whether any went. */
async function passOnce(): Promise<{ soonest?: number; worked: boolean }> {
  const now = Date.now();
  const { entries } = await listEntries();
  const due = new Map<string, Key[]>();
  let soonest: number | undefined;
  for (const entry of entries) {
    if (entry.state !== 'delivered') continue;
    for (const w of entry.writebacks) {
      const key = { id: entry.decision.id, writerId: w.writerId };
      const dueAt = writebackDueAt(w, RUN_ID);
      if (dueAt === undefined) continue;
      if (dueAt <= now) due.set(w.writerId, [...(due.get(w.writerId) ?? []), key]);
      else if (w.state !== 'needs-sign-in') soonest = Math.min(soonest ?? Infinity, dueAt);
    }
  }
  await Promise.all(
    [...due].map(async ([writerId, keys]) => {
      const writer = await getWriter(writerId);
      let landed = false;
      await eachLimited(keys, writer?.rateLimit.concurrency ?? 1, async (key) => {
        // Passes run one at a time and list each write-back once, so none goes twice here.
        if ((await deliverOne(key, writer)) === 'delivered') landed = true;
      });
      if (landed) await pullForwardWritebacks(writerId);
    }),
  );
  return { soonest, worked: due.size > 0 };
}

let running: Promise<void> | undefined;
let requested = false;
let wakeTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Delivers every write-back that is due, one pass at a time per worker; a call during a pass
 * asks for one more. Short waits are kept with a timer, longer ones left to the outbox alarm.
 */
export function deliverWritebacks(onChange?: () => void): Promise<void> {
  requested = true;
  running ??= (async () => {
    try {
      let soonest: number | undefined;
      while (requested) {
        requested = false;
        const pass = await passOnce();
        soonest = pass.soonest;
        // What this pass sent may be due again soon (a retry): the next pass sees when.
        if (pass.worked) requested = true;
        onChange?.();
      }
      clearTimeout(wakeTimer);
      if (soonest !== undefined && soonest - Date.now() < 60_000)
        wakeTimer = setTimeout(
          () => void deliverWritebacks(onChange),
          Math.max(0, soonest - Date.now()) + 5,
        );
    } finally {
      running = undefined;
    }
  })();
  return running;
}

/** Settles once no write-back pass is under way (tests). */
export async function writebacksIdle(): Promise<void> {
  for (let busy = running; busy; busy = running) await busy;
}
