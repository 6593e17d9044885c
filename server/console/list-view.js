// @ts-check
import { loadCaseList } from './api.js';
import { el, navLink, show } from './dom.js';
import { formatDateTime, slaStatus } from './format.js';

/**
 * The case list (/console, /console/cases): a filterable table. It never contains a
 * .case-view, so the extension's adapter sees "no case on this page".
 * @typedef {import('./api.js').CaseSummary} CaseSummary
 */

const STATUSES = ['open', 'in-review', 'escalated', 'pending', 'resolved'];

/**
 * @param {string | null} queue
 * @param {string | null} status
 */
function listHref(queue, status) {
  const params = new URLSearchParams();
  if (queue) params.set('queue', queue);
  if (status) params.set('status', status);
  const query = params.toString();
  return query ? `/console/cases?${query}` : '/console/cases';
}

/** @param {CaseSummary} c */
function row(c) {
  const href = `/console/cases/${encodeURIComponent(c.id)}`;
  const sla = c.slaDueAt ? slaStatus(c.slaDueAt) : undefined;
  return el(
    'tr',
    {},
    el('td', {}, navLink(href, el('code', {}, c.id))),
    el('td', { class: 'subject-cell' }, navLink(href, c.subject ?? '(no subject)')),
    el('td', {}, el('span', { class: `badge status-${c.status ?? 'unknown'}` }, c.status ?? '—')),
    el(
      'td',
      {},
      el('span', { class: `badge priority-${c.priority ?? 'none'}` }, c.priority ?? '—'),
    ),
    el('td', {}, c.queue ?? '—'),
    el(
      'td',
      { class: sla ? `sla sla-${sla.state}` : 'sla' },
      c.slaDueAt && sla
        ? el('time', { datetime: c.slaDueAt, title: formatDateTime(c.slaDueAt) }, sla.text)
        : '—',
      c.slaDueAt ? el('small', {}, formatDateTime(c.slaDueAt)) : null,
    ),
    el('td', { class: 'num' }, String(c.itemCount)),
  );
}

/**
 * @param {HTMLElement} main
 * @param {URLSearchParams} params  queue= and status= filters
 * @param {() => boolean} isCurrent  false once the user has navigated elsewhere
 * @returns {Promise<string>} the page title
 */
export async function renderList(main, params, isCurrent) {
  const queue = params.get('queue');
  const status = params.get('status');
  const all = await loadCaseList(true);
  if (!isCurrent()) return '';
  const cases = all.filter(
    (c) => (!queue || c.queue === queue) && (!status || c.status === status),
  );

  const filters = el('nav', { class: 'filters', 'aria-label': 'Filter by status' });
  for (const value of [null, ...STATUSES]) {
    const attrs = { class: 'chip', 'aria-current': value === status ? 'page' : undefined };
    filters.append(navLink(listHref(queue, value), value ?? 'All statuses', attrs), ' ');
  }

  const head = el('tr', {});
  for (const label of ['Case', 'Subject', 'Status', 'Priority', 'Queue', 'SLA due', 'Items']) {
    head.append(el('th', { scope: 'col' }, label));
  }
  const table = el('table', { class: 'case-table' }, el('thead', {}, head));
  table.append(el('tbody', {}, ...cases.map(row)));

  const title = queue ?? 'All cases';
  show(
    main,
    el('div', { class: 'page-head' }, el('h1', {}, title), el('p', {}, `${cases.length} cases`)),
    filters,
    cases.length > 0
      ? el('div', { class: 'table-wrap' }, table)
      : el('p', { class: 'empty' }, 'No cases match these filters.'),
  );
  return title;
}
