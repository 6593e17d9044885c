/**
 * Firefox gives an extension page framed in a web page only what a content script gets
 * (runtime, storage.local/sync/managed), not `storage.session`, `tabs` or `windows`
 * (w3c/webextensions#787: by design, "proxy via the background"). The docked panel reads what
 * the background keeps for it in `storage.session` through this port instead.
 */
export const SESSION_VIEW_PORT = 'caselight:session-view';

/**
 * The session keys (as `storage.session` names them, without WXT's `session:` prefix) a docked
 * panel may read: its own tab's case and scores, and the connection and outbox lines every
 * panel shows. Never the dock tokens, and never another tab's case.
 */
export function panelSessionKeys(tabId: number): ReadonlySet<string> {
  return new Set([
    `tabCase:${tabId}`,
    `assessment:${tabId}`,
    `assessmentSent:${tabId}`,
    `assessmentNotice:${tabId}`,
    'apiStatus',
    'modelStatus',
    'lastReviewer',
    'outboxView',
  ]);
}

/** What the panel sends on the port: a read of some keys, answered under the same id. */
export interface SessionViewRequest {
  id: number;
  keys: string[];
}

export type SessionChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** What the background sends: the answer to a read, or changes to readable keys. */
export type SessionViewMessage =
  { id: number; values: Record<string, unknown> } | { changes: SessionChanges };

/** Only the entries of `record` whose key is in `allowed`. */
export function onlyAllowed<T>(record: Record<string, T>, allowed: ReadonlySet<string>) {
  return Object.fromEntries(Object.entries(record).filter(([key]) => allowed.has(key)));
}
