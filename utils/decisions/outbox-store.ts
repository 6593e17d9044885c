import { promisifyRequest, type UseStore } from 'idb-keyval';
import { del, entries, get, set } from 'idb-keyval';
import { readEntry, type OutboxEntry } from './outbox-entry';

/**
 * The outbox lives in the extension origin's IndexedDB, written with strict durability so a
 * decision acknowledged to the reviewer survives a crash or power loss. Queue state is only
 * ever here, never in service-worker globals, which die at any moment.
 */
function strictStore(dbName: string, storeName: string): UseStore {
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
  return (mode, callback) =>
    (db ??= open()).then((connection) =>
      callback(
        connection.transaction(storeName, mode, { durability: 'strict' }).objectStore(storeName),
      ),
    );
}

const outbox = strictStore('caselight-outbox', 'entries');

export async function putEntry(entry: OutboxEntry): Promise<void> {
  await set(entry.decision.id, entry, outbox);
}

export async function getEntry(id: string): Promise<OutboxEntry | undefined> {
  const raw: unknown = await get(id, outbox);
  if (raw === undefined) return undefined;
  const read = readEntry(raw);
  return 'entry' in read ? read.entry : undefined;
}

/**
 * Atomic read-modify-write in one transaction, resolved once it is durably committed.
 * `change` returns undefined to leave the entry as it is; a missing entry stays missing.
 */
export async function updateEntry(
  id: string,
  change: (entry: OutboxEntry) => OutboxEntry | undefined,
): Promise<OutboxEntry | undefined> {
  return outbox('readwrite', async (store) => {
    const raw: unknown = await promisifyRequest(store.get(id));
    const read = raw === undefined ? undefined : readEntry(raw);
    const next = read && 'entry' in read ? change(read.entry) : undefined;
    if (next) store.put(next, id);
    await promisifyRequest(store.transaction);
    return next;
  });
}

/** Deletes the entry only if `when` holds, atomically: delivery cannot claim it in between. */
export async function deleteEntryIf(
  id: string,
  when: (entry: OutboxEntry) => boolean,
): Promise<OutboxEntry | undefined> {
  return outbox('readwrite', async (store) => {
    const raw: unknown = await promisifyRequest(store.get(id));
    const read = raw === undefined ? undefined : readEntry(raw);
    const entry = read && 'entry' in read && when(read.entry) ? read.entry : undefined;
    if (entry) store.delete(id);
    await promisifyRequest(store.transaction);
    return entry;
  });
}

export async function deleteEntry(id: string): Promise<void> {
  await del(id, outbox);
}

export async function listEntries(): Promise<{ entries: OutboxEntry[]; unreadable: string[] }> {
  const all = await entries<string, unknown>(outbox);
  const result = { entries: [] as OutboxEntry[], unreadable: [] as string[] };
  for (const [, raw] of all) {
    const read = readEntry(raw);
    if ('entry' in read) result.entries.push(read.entry);
    else result.unreadable.push(read.unreadable);
  }
  result.entries.sort((a, b) => a.createdAt - b.createdAt);
  return result;
}
