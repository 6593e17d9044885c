import { createStore, entries, set } from 'idb-keyval';

/**
 * What a reviewer did to the outbox by hand (discarding an undelivered decision or write-back),
 * and write-backs a console refused for good (404, 422). Kept in the extension's IndexedDB,
 * append-only, so a decision that did not reach somewhere can always be explained.
 */
export interface AuditRecord {
  at: string;
  what: 'discarded' | 'writeback-failed' | 'writeback-discarded';
  decisionId: string;
  caseId: string;
  detail: unknown;
}

const auditStore = () => createStore('caselight-audit', 'records');

/** Every record, oldest first (tests, and a lead explaining a lost write-back). */
export async function listAudit(): Promise<AuditRecord[]> {
  const all = await entries<string, AuditRecord>(auditStore());
  return all.toSorted(([a], [b]) => a.localeCompare(b)).map(([, record]) => record);
}

export async function appendAudit(record: AuditRecord): Promise<void> {
  // Two records can share a millisecond (two writers refusing one decision): keys stay apart.
  const key = `${record.at}:${record.decisionId}:${crypto.randomUUID().slice(0, 8)}`;
  await set(key, record, auditStore());
}
