import { createStore, set } from 'idb-keyval';

/**
 * What a reviewer did to the outbox by hand (discarding an undelivered decision). Kept in the
 * extension's IndexedDB, append-only, so a lost decision can always be explained.
 */
export interface AuditRecord {
  at: string;
  what: 'discarded';
  decisionId: string;
  caseId: string;
  detail: unknown;
}

const auditStore = () => createStore('caselight-audit', 'records');

export async function appendAudit(record: AuditRecord): Promise<void> {
  await set(`${record.at}:${record.decisionId}`, record, auditStore());
}
