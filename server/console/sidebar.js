// @ts-check
import { el, navLink } from './dom.js';

/**
 * The left sidebar: queues with open-case counts, then every case. It is redrawn on each
 * navigation so the current queue and case are highlighted.
 * @typedef {import('./api.js').CaseSummary} CaseSummary
 */

/**
 * @param {CaseSummary[]} cases
 * @returns {Map<string, number>} queue name → number of cases not yet resolved
 */
function openCountsByQueue(cases) {
  const counts = new Map();
  for (const c of cases) {
    if (!c.queue) continue;
    const open = c.status === 'resolved' ? 0 : 1;
    counts.set(c.queue, (counts.get(c.queue) ?? 0) + open);
  }
  return new Map([...counts].toSorted(([a], [b]) => a.localeCompare(b)));
}

/**
 * @param {boolean} active
 */
const current = (active) => (active ? 'page' : undefined);

/**
 * @param {HTMLElement} sidebar
 * @param {CaseSummary[]} cases
 * @param {{ caseId?: string, queue?: string | null }} selection
 */
export function renderSidebar(sidebar, cases, selection) {
  const queues = el(
    'ul',
    { class: 'nav-list' },
    el(
      'li',
      {},
      navLink('/console/cases', el('span', {}, 'All cases'), {
        'aria-current': current(!selection.caseId && !selection.queue),
      }),
    ),
  );
  for (const [queue, count] of openCountsByQueue(cases)) {
    const href = `/console/cases?queue=${encodeURIComponent(queue)}`;
    const link = navLink(href, el('span', {}, queue), {
      'aria-current': current(selection.queue === queue),
    });
    link.append(el('span', { class: 'count' }, String(count)));
    queues.append(el('li', {}, link));
  }

  const caseLinks = el('ul', { class: 'nav-list nav-cases' });
  for (const c of cases) {
    const link = navLink(`/console/cases/${encodeURIComponent(c.id)}`, el('code', {}, c.id), {
      'aria-current': current(selection.caseId === c.id),
      title: c.subject,
    });
    link.append(el('span', { class: 'nav-case-subject' }, c.subject ?? ''));
    caseLinks.append(el('li', {}, link));
  }

  sidebar.replaceChildren(
    el('h2', { class: 'sidebar-title' }, 'Queues'),
    queues,
    el('h2', { class: 'sidebar-title nav-cases-title' }, 'Cases'),
    caseLinks,
  );
}
