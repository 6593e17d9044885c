import { promisifyRequest, type UseStore } from 'idb-keyval';
import { del, delMany, get, values } from 'idb-keyval';
import {
  knowAll,
  knowDeleted,
  knownSnapshot,
  knowWritten,
  type OutboxSnapshot,
} from './outbox-known';
import { readEntry, type OutboxEntry } from './outbox-entry';

/**
 * The outbox lives in the extension origin's IndexedDB; queue state is only ever here, never
 * in service-worker globals, which die at any moment. A new decision is written with strict
 * durability (flushed to disk) before anything is sent. Delivery bookkeeping (claims,
 * outcomes) is written relaxed and in batches: if a crash loses one of those writes, the
 * decision is simply sent again under the same idempotency key, which the case API answers
 * with its first reply.
 */
type Tx = (durability: IDBTransactionDurability) => UseStore;

function openStore(dbName: string, storeName: string): Tx {
  let db: Promise<IDBDatabase> | undefined;
  const open = () => {
    const request = indexedDB.open(dbName);
    request.addEventListener('upgradeneeded', () => request.result.createObjectStore(storeName));
    const opened = promisifyRequest(request);
    void opened.then((connection) => {
      // Another context upgrading or deleting the database closes ours: reopen next time.
      connection.addEventListener('close', () => (db = undefined));
      connection.addEventListener('versionchange', () => {
        connection.close();
        db = undefined;
      });
    });
    return opened;
  };
  return (durability) => (mode, callback) =>
    (db ??= open()).then((connection) =>
      callback(connection.transaction(storeName, mode, { durability }).objectStore(storeName)),
    );
}

const tx = openStore('caselight-outbox', 'entries');
const relaxed = tx('relaxed');

/** Adds a new entry, flushed to disk; refuses an id that is already there. */
export async function addEntry(entry: OutboxEntry): Promise<void> {
  await tx('strict')('readwrite', async (store) => {
    store.add(entry, entry.decision.id);
    await promisifyRequest(store.transaction);
  });
  knowWritten([entry]);
}

/** Writes an entry as is (tests and migrations). */
export async function putEntry(entry: OutboxEntry): Promise<void> {
  await tx('strict')('readwrite', async (store) => {
    store.put(entry, entry.decision.id);
    await promisifyRequest(store.transaction);
  });
  knowWritten([entry]);
}

export async function getEntry(id: string): Promise<OutboxEntry | undefined> {
  const raw: unknown = await get(id, relaxed);
  if (raw === undefined) return undefined;
  const read = readEntry(raw);
  return 'entry' in read ? read.entry : undefined;
}

/**
 * Read-modify-write of many entries in one transaction. `change` returns undefined to leave
 * an entry as it is; missing entries stay missing. Answers the entries written.
 */
export async function updateEntries(
  ids: string[],
  change: (entry: OutboxEntry) => OutboxEntry | undefined,
  durability: IDBTransactionDurability = 'relaxed',
): Promise<OutboxEntry[]> {
  return tx(durability)('readwrite', async (store) => {
    const raws = await Promise.all(ids.map((id) => promisifyRequest<unknown>(store.get(id))));
    const written: OutboxEntry[] = [];
    raws.forEach((raw, i) => {
      const read = raw === undefined ? undefined : readEntry(raw);
      const next = read && 'entry' in read ? change(read.entry) : undefined;
      if (next) {
        store.put(next, ids[i]!);
        written.push(next);
      }
    });
    await promisifyRequest(store.transaction);
    knowWritten(written);
    return written;
  });
}

export async function updateEntry(
  id: string,
  change: (entry: OutboxEntry) => OutboxEntry | undefined,
) {
  return (await updateEntries([id], change))[0];
}

/** Deletes the entry only if `when` holds, atomically: delivery cannot claim it in between. */
export async function deleteEntryIf(
  id: string,
  when: (entry: OutboxEntry) => boolean,
): Promise<OutboxEntry | undefined> {
  return tx('strict')('readwrite', async (store) => {
    const raw: unknown = await promisifyRequest(store.get(id));
    const read = raw === undefined ? undefined : readEntry(raw);
    const entry = read && 'entry' in read && when(read.entry) ? read.entry : undefined;
    if (entry) store.delete(id);
    await promisifyRequest(store.transaction);
    if (entry) knowDeleted([id]);
    return entry;
  });
}

export async function deleteEntry(id: string): Promise<void> {
  await del(id, relaxed);
  knowDeleted([id]);
}

/** Deletes many entries in one transaction (delivered ones past their keeping time). */
export async function deleteEntries(ids: string[]): Promise<void> {
  await delMany(ids, relaxed);
  knowDeleted(ids);
}

export async function listEntries(): Promise<OutboxSnapshot> {
  const all = await values<unknown>(relaxed);
  const result = { entries: [] as OutboxEntry[], unreadable: [] as string[] };
  for (const raw of all) {
    const read = readEntry(raw);
    if ('entry' in read) result.entries.push(read.entry);
    else result.unreadable.push(read.unreadable);
  }
  result.entries.sort((a, b) => a.createdAt - b.createdAt);
  knowAll(result);
  return result;
}

/** The outbox for display: as last read and written by this worker, or read afresh. */
export async function viewEntries(): Promise<OutboxSnapshot> {
  return knownSnapshot() ?? (await listEntries());
}
