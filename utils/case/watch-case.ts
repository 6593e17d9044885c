import type { Adapter, Extraction } from './adapter';
import { extractChecked } from './self-check';
import { sameSighting } from './same-sighting';

export type CaseSighting =
  | { kind: 'none' }
  | { kind: 'waiting'; adapter: Adapter }
  | { kind: 'read'; adapter: Adapter; extraction: Extraction };

export interface WatchOptions {
  doc: Document;
  findAdapter: (url: URL) => Adapter | undefined;
  onChange: (sighting: CaseSighting) => void;
  signal: AbortSignal;
  /** How long a case page may show no case before the adapter reports it cannot read it. */
  notFoundAfterMs?: number;
}

const ours = (node: Node) => node instanceof Element && node.localName.startsWith('caselight-');

/** The title, styles in <head>, and our own dock and highlights never change the case. */
function mayChangeCase(doc: Document, record: MutationRecord): boolean {
  if (doc.head?.contains(record.target)) return false;
  if (record.type === 'childList' && record.target === doc.documentElement) {
    return ![...record.addedNodes, ...record.removedNodes].every(ours);
  }
  return true;
}

/** Coalesces bursts of mutations (a thread rendering row by row) into one read per frame. */
const COALESCE_MS = 16;

/**
 * Watches the page for the case: on load, on client-side navigation and as content changes
 * (new messages arriving), and reports only when what it read actually changed.
 */
export function watchCase({
  doc,
  findAdapter,
  onChange,
  signal,
  notFoundAfterMs = 10_000,
}: WatchOptions) {
  let lastReport: CaseSighting | undefined;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let lastReadAt = -Infinity;
  let lastReadCost = 0;
  let waitingSince: number | undefined;
  let notFoundTimer: ReturnType<typeof setTimeout> | undefined;

  const report = (sighting: CaseSighting) => {
    if (lastReport && sameSighting(lastReport, sighting)) return;
    lastReport = sighting;
    onChange(sighting);
  };

  const read = () => {
    pending = undefined;
    const started = performance.now();
    readOnce();
    lastReadAt = performance.now();
    lastReadCost = lastReadAt - started;
  };

  const readOnce = () => {
    if (signal.aborted) return;
    const url = new URL(doc.location.href);
    const adapter = findAdapter(url);
    if (!adapter) {
      waitingSince = undefined;
      clearTimeout(notFoundTimer);
      return report({ kind: 'none' });
    }
    if (doc.querySelector(adapter.readySelector)) {
      waitingSince = undefined;
      clearTimeout(notFoundTimer);
      return report({ kind: 'read', adapter, extraction: extractChecked(adapter, doc, url) });
    }
    waitingSince ??= Date.now();
    const waited = Date.now() - waitingSince;
    if (waited < notFoundAfterMs) {
      clearTimeout(notFoundTimer);
      notFoundTimer = setTimeout(schedule, notFoundAfterMs - waited + 1);
      return report({ kind: 'waiting', adapter });
    }
    const problem = `The case did not appear within ${notFoundAfterMs / 1000} s (looked for ${adapter.readySelector}).`;
    report({ kind: 'read', adapter, extraction: { ok: false, problem } });
  };

  // Leading edge: the first change after a quiet spell is read as soon as the console's
  // current task is over (the case just appeared, the reviewer is waiting); changes right after
  // it wait for the next slot. Never inside the observer callback: that runs within the
  // console's own task (its render), and a read there would lengthen it, once per microtask
  // checkpoint the render passes. A read that was expensive (a long thread) earns an equally
  // long pause, so a console rendering in bursts is not read back to back on its main thread.
  const schedule = () => {
    if (pending !== undefined) return;
    const gap = Math.max(COALESCE_MS, lastReadCost);
    const since = performance.now() - lastReadAt;
    pending = setTimeout(read, Math.max(0, gap - since));
  };

  const observer = new MutationObserver((records) => {
    if (records.some((record) => mayChangeCase(doc, record))) schedule();
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-case-id', 'hidden', 'datetime', 'src', 'class'],
  });
  const view = doc.defaultView;
  view?.addEventListener('popstate', schedule);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    view?.removeEventListener('popstate', schedule);
    clearTimeout(pending);
    clearTimeout(notFoundTimer);
  });
  read();
  // The adapters themselves can change (a lead saves one): read again with the new ones.
  return { refresh: schedule };
}
