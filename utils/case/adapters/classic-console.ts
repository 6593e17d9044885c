import { defineAdapter, type Extraction } from '../adapter';
import { MAX_ITEMS_READ } from '../limits';
import { normaliseText, textOf, timeOf, visibleAll, visibleOne } from '../read-dom';
import type { CaseField, CaseItem, Media, Party } from '../schema';
import { CONSOLE_MATCHES } from './matches';

/**
 * The classic console (`/classic/ticket?id=…`): a server-rendered page of tables. The ticket
 * id is only in the URL, metadata sits in `table.ticket-props` rows and each message is a
 * `tr.msg` of `table.ticket-thread`; times are human text with the ISO time in `title`.
 */
const TICKET_PATH = /^\/classic\/ticket\/?$/;
const PROPS = 'table.ticket-props';
const THREAD = 'table.ticket-thread';
const ROW = 'tr.msg[data-msg]';
const ROLES = new Set(['reporter', 'reported', 'agent', 'system', 'other']);

const ticketId = (url: URL) => normaliseText(url.searchParams.get('id') ?? '');

function readParty(props: Element, key: 'reporter' | 'reported'): Party | undefined {
  const cell = visibleOne(props, `tr.prop-${key} > td`);
  if (!cell) return undefined;
  const party: Party = {
    name: textOf(cell, '.user-name'),
    handle: textOf(cell, '.user-handle'),
    id: textOf(cell, '.user-id'),
  };
  return party.name || party.handle || party.id ? party : undefined;
}

function readMedia(row: Element, base: URL): Media[] {
  // Single-part selectors per row: a scoped `.a b` costs time in proportion to the page in
  // Chromium, which made long threads quadratic.
  const images = visibleAll(row, 'img').filter((img) =>
    img.closest('td')?.classList.contains('msg-files'),
  );
  return images.map((img, index) => ({
    id: img.closest('[data-file]')?.getAttribute('data-file') || `media-${index}`,
    kind: 'image' as const,
    url: new URL(img.getAttribute('src') ?? '', base).href,
    alt: normaliseText(img.getAttribute('alt') ?? '') || undefined,
  }));
}

function readItem(row: Element, index: number, base: URL): CaseItem {
  const role = (textOf(row, '.msg-role') ?? '').toLowerCase();
  return {
    id: normaliseText(row.getAttribute('data-msg') ?? '') || `item-${index}`,
    author: textOf(row, '.msg-author') ?? 'unknown',
    role: ROLES.has(role) ? (role as CaseItem['role']) : 'other',
    time: timeOf(row, '.ts', 'title'),
    text: textOf(row, '.msg-text') ?? '',
    media: readMedia(row, base),
  };
}

function readProps(props: Element | undefined) {
  const cell = (key: string) => (props ? textOf(props, `tr.prop-${key} > td`) : undefined);
  const time = (key: string) => (props ? timeOf(props, `tr.prop-${key} .ts`, 'title') : undefined);
  return {
    status: cell('status'),
    queue: cell('queue'),
    priority: cell('priority'),
    createdAt: time('created'),
    slaDueAt: time('sla'),
    reporter: props && readParty(props, 'reporter'),
    reported: props && readParty(props, 'reported'),
  };
}

/** The rows of this thread table only (not of a table nested in a message). */
const rowsOf = (thread: Element) =>
  visibleAll(thread, ROW).filter((row) => row.closest(THREAD) === thread);

function extract(doc: Document, url: URL): Extraction {
  const id = ticketId(url);
  if (!id) return { ok: false, problem: 'No ticket id (?id=) in the URL.' };
  const props = visibleAll(doc, PROPS);
  const threads = visibleAll(doc, THREAD);
  if (props.length > 1 || threads.length > 1) {
    return { ok: false, problem: 'Two ticket tables on one page; refusing to guess.' };
  }
  if (props.length === 0 && threads.length === 0) {
    return { ok: false, problem: `No ticket on this page (${PROPS}, ${THREAD}).` };
  }
  const read = { subject: textOf(doc, 'h2.ticket-title'), ...readProps(props[0]) };
  const missing = (Object.keys(read) as CaseField[]).filter(
    (k) => read[k as keyof typeof read] === undefined,
  );
  const thread = threads[0];
  if (!thread) missing.push('items');
  const rows = thread ? rowsOf(thread) : [];
  const items = rows.slice(0, MAX_ITEMS_READ).map((row, i) => readItem(row, i, url));
  return {
    ok: true,
    case: { id, console: 'classic-console', url: url.href, ...read, items },
    missing,
    truncatedFrom: rows.length > MAX_ITEMS_READ ? rows.length : undefined,
  };
}

export const classicConsole = defineAdapter({
  id: 'classic-console',
  name: 'Northwind Helpdesk (classic console)',
  matches: CONSOLE_MATCHES,
  exampleUrls: ['http://127.0.0.1:4317/classic/ticket?id=C-1001'],
  isCasePage: (url) => TICKET_PATH.test(url.pathname) && ticketId(url) !== '',
  // The props table, not the thread: both designs have it, so a redesigned thread is read at
  // once and reported by the self-check instead of timing out as "case did not appear".
  readySelector: PROPS,
  mediaAreas: [THREAD],
  requiredFields: ['items'],
  fieldSources: { items: `${THREAD} ${ROW}`, subject: 'h2.ticket-title' },
  extract,
  locateItem: (doc, itemId) => {
    const [thread, ...more] = visibleAll(doc, THREAD);
    if (!thread || more.length > 0) return undefined;
    return rowsOf(thread).find((row) => row.getAttribute('data-msg') === itemId);
  },
});
