import { defineAdapter, type Extraction } from '../adapter';
import { visibleAll, visibleOne, textOf, timeOf, normaliseText } from '../read-dom';
import { MAX_ITEMS_READ } from '../limits';
import type { CaseField, CaseItem, Media, Party } from '../schema';
import { CONSOLE_MATCHES } from './matches';

const CASE_PATH = /^\/console\/cases\/([^/]+)\/?$/;
const ROLES = new Set(['reporter', 'reported', 'agent', 'system', 'other']);

function readParty(root: ParentNode, which: 'reporter' | 'reported'): Party | undefined {
  const el = visibleOne(root, `.party[data-party="${which}"]`);
  if (!el) return undefined;
  const party: Party = {
    name: textOf(el, '.party-name'),
    handle: textOf(el, '.party-handle'),
    id: textOf(el, '.party-id'),
  };
  return party.name || party.handle || party.id ? party : undefined;
}

function readMedia(message: Element, base: URL): Media[] {
  // Single-part selectors per message: a scoped `.a b` costs time in proportion to the page
  // in Chromium, which made long threads quadratic.
  const images = visibleAll(message, 'img').filter((img) =>
    img.parentElement?.classList.contains('attachment'),
  );
  return images.map((img, index) => ({
    id: img.closest('[data-attachment-id]')?.getAttribute('data-attachment-id') ?? `media-${index}`,
    kind: 'image' as const,
    url: new URL(img.getAttribute('src') ?? '', base).href,
    alt: normaliseText(img.getAttribute('alt') ?? '') || undefined,
  }));
}

function readItem(message: Element, index: number, base: URL): CaseItem {
  const role = message.getAttribute('data-role') ?? 'other';
  return {
    id: message.getAttribute('data-message-id') ?? `item-${index}`,
    author: textOf(message, '.message-author') ?? 'unknown',
    role: ROLES.has(role) ? (role as CaseItem['role']) : 'other',
    time: timeOf(message, 'time'),
    text: textOf(message, '.message-body') ?? '',
    media: readMedia(message, base),
  };
}

function extract(doc: Document, url: URL): Extraction {
  const views = visibleAll(doc, '.case-view[data-case-id]');
  if (views.length === 0) return { ok: false, problem: 'No case view (.case-view) on this page.' };
  if (views.length > 1)
    return { ok: false, problem: 'Two case views on one page; refusing to guess.' };
  const root = views[0]!;
  const id = normaliseText(root.getAttribute('data-case-id') ?? '');
  const idInUrl = decodeURIComponent(CASE_PATH.exec(url.pathname)?.[1] ?? '');
  if (!id || (idInUrl && id !== idInUrl)) {
    return { ok: false, problem: `The case id on the page ("${id}") does not match the URL.` };
  }
  const messages = visibleAll(root, '.thread > .message');
  const read = {
    subject: textOf(root, '.case-subject'),
    status: textOf(root, '[data-field="status"]'),
    queue: textOf(root, '[data-field="queue"]'),
    priority: textOf(root, '[data-field="priority"]'),
    createdAt: timeOf(root, '[data-field="created"]'),
    slaDueAt: timeOf(root, '[data-field="sla"]'),
    reporter: readParty(root, 'reporter'),
    reported: readParty(root, 'reported'),
  };
  const missing = (Object.keys(read) as CaseField[]).filter(
    (k) => read[k as keyof typeof read] === undefined,
  );
  if (visibleOne(root, '.thread') === undefined) missing.push('items');
  const items = messages.slice(0, MAX_ITEMS_READ).map((m, i) => readItem(m, i, url));
  return {
    ok: true,
    case: { id, console: 'demo-console', url: url.href, ...read, items },
    missing,
    truncatedFrom: messages.length > MAX_ITEMS_READ ? messages.length : undefined,
  };
}

export const demoConsole = defineAdapter({
  id: 'demo-console',
  name: 'Caselight demo console',
  matches: CONSOLE_MATCHES,
  exampleUrls: ['http://127.0.0.1:4317/console/cases/C-1001'],
  isCasePage: (url) => CASE_PATH.test(url.pathname),
  readySelector: '.case-view[data-case-id]',
  requiredFields: ['items'],
  mediaSelector: '.attachment > img',
  fieldSources: { items: '.thread > .message', subject: '.case-subject' },
  extract,
  locateItem: (doc, itemId) =>
    visibleAll(doc, '.case-view .thread > .message').find(
      (el) => el.getAttribute('data-message-id') === itemId,
    ),
});
