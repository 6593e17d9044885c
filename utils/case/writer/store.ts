import { createStore, del, entries, get, set } from 'idb-keyval';
import type { WriterSecret } from './credentials';
import { describeWriterProblems, writerSchema, type Writer } from './schema';

/**
 * Writers and their credentials live in the extension origin's IndexedDB, which content
 * scripts cannot read or write: a writer decides where decision data and credentials go, so
 * a hostile page must not be able to edit one (adapters, which the content script needs, are
 * the only definitions kept in `storage.local`). Every read is validated again.
 */
const writerStore = () => createStore('caselight-writers', 'writers');
/** The same database as the other secrets (utils/settings/secrets.ts), under its own keys. */
const secretStore = () => createStore('caselight-secrets', 'secrets');
const secretKey = (writerId: string) => `writer:${writerId}`;

export interface StoredWriters {
  writers: Writer[];
  /** Definitions that no longer validate (an older format), named with their problem. */
  unreadable: { id: string; problems: string[] }[];
}

export async function listWriters(): Promise<StoredWriters> {
  const result: StoredWriters = { writers: [], unreadable: [] };
  for (const [id, raw] of await entries<string, unknown>(writerStore())) {
    const parsed = writerSchema.safeParse(raw);
    if (parsed.success) result.writers.push(parsed.data);
    else result.unreadable.push({ id, problems: describeWriterProblems(parsed.error) });
  }
  result.writers.sort((a, b) => a.name.localeCompare(b.name));
  return result;
}

export async function getWriter(id: string): Promise<Writer | undefined> {
  const parsed = writerSchema.safeParse(await get(id, writerStore()));
  return parsed.success ? parsed.data : undefined;
}

/** The writers that write back decisions made in this console. */
export async function writersFor(consoleId: string): Promise<Writer[]> {
  return (await listWriters()).writers.filter((writer) => writer.consoles.includes(consoleId));
}

export async function saveWriter(writer: Writer): Promise<void> {
  await set(writer.id, writerSchema.parse(writer), writerStore());
}

export async function removeWriter(id: string): Promise<void> {
  await Promise.all([del(id, writerStore()), del(secretKey(id), secretStore())]);
}

export async function readWriterSecret(writerId: string): Promise<WriterSecret | undefined> {
  const value = await get<WriterSecret>(secretKey(writerId), secretStore());
  return value && typeof value === 'object' && typeof value.origin === 'string' ? value : undefined;
}

/** Saved for the writer's origin at the time; a later change of address needs them again. */
export async function writeWriterSecret(writerId: string, secret: WriterSecret | undefined) {
  if (secret) await set(secretKey(writerId), secret, secretStore());
  else await del(secretKey(writerId), secretStore());
}
