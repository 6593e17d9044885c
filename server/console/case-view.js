// @ts-check
import { loadCase, loadCaseList, loadTrainingSet } from './api.js';
import { el, navLink, show, showMessage } from './dom.js';
import { formatDateTime, formatRelative, slaStatus } from './format.js';
import { renderParty, renderThread } from './thread.js';
import { trainingBanner, trainingCaseHref } from './training-view.js';

/**
 * The case page (/console/cases/:id). Data arrives asynchronously, as in a real SPA, then the
 * page is rendered in the DOM contract the Caselight adapter depends on. `?omit=` (a test aid)
 * leaves listed parts out to simulate a partially broken page.
 * @typedef {import('./api.js').CaseDetail} CaseDetail
 * @typedef {import('./api.js').CaseSummary} CaseSummary
 */

/**
 * @param {string} label
 * @param {HTMLElement} value
 */
const metaRow = (label, value) => [el('dt', {}, label), el('dd', {}, value)];

/**
 * @param {CaseDetail} c
 * @param {Set<string>} omit
 */
function renderHeader(c, omit) {
  const meta = el('dl', { class: 'case-meta' });
  /** @param {'status' | 'queue' | 'priority'} field @param {string} label */
  const plain = (field, label) => {
    const value = c[field];
    if (omit.has(field) || !value) return;
    const badge = field === 'queue' ? undefined : `badge ${field}-${value}`;
    meta.append(el('dt', {}, label), el('dd', { 'data-field': field, class: badge }, value));
  };
  plain('status', 'Status');
  plain('queue', 'Queue');
  plain('priority', 'Priority');
  if (!omit.has('created') && c.createdAt) {
    const text = `${formatDateTime(c.createdAt)} (${formatRelative(c.createdAt)})`;
    const time = el('time', { 'data-field': 'created', datetime: c.createdAt }, text);
    meta.append(...metaRow('Created', time));
  }
  if (!omit.has('sla') && c.slaDueAt) {
    const sla = slaStatus(c.slaDueAt);
    const text = `${sla.text} · ${formatDateTime(c.slaDueAt)}`;
    const time = el(
      'time',
      { 'data-field': 'sla', datetime: c.slaDueAt, class: `sla-${sla.state}` },
      text,
    );
    meta.append(...metaRow('SLA due', time));
  }
  const subject =
    omit.has('subject') || !c.subject
      ? null
      : el('h1', { class: 'case-subject', elementtiming: 'case-view' }, c.subject);
  return el('header', { class: 'case-header' }, subject, meta);
}

/**
 * A pager link, or a greyed-out label at either end of the list.
 * @param {CaseSummary | undefined} target
 * @param {string} label
 * @param {'pager-prev' | 'pager-next'} cls
 * @param {string} [trainingSetId]  pages within a training set
 */
function pagerLink(target, label, cls, trainingSetId) {
  if (!target) return el('span', { class: `${cls} is-disabled`, 'aria-disabled': 'true' }, label);
  const rel = cls === 'pager-next' ? 'next' : 'prev';
  const href = trainingSetId
    ? trainingCaseHref(trainingSetId, target.id)
    : `/console/cases/${encodeURIComponent(target.id)}`;
  return navLink(href, label, { class: cls, rel });
}

/**
 * The breadcrumb and the previous/next pager, outside the article.
 * @param {CaseSummary[]} cases
 * @param {number} index
 * @param {string} [trainingSetId]
 */
function renderToolbar(cases, index, trainingSetId) {
  return el(
    'nav',
    { class: 'case-toolbar', 'aria-label': 'Case navigation' },
    trainingSetId
      ? navLink(`/console/training/sets/${encodeURIComponent(trainingSetId)}`, '← Training set', {
          class: 'crumb',
        })
      : navLink('/console/cases', '← All cases', { class: 'crumb' }),
    el(
      'span',
      { class: 'pager' },
      pagerLink(cases[index - 1], '← Previous case', 'pager-prev', trainingSetId),
      el('span', { class: 'pager-pos' }, `${index + 1} of ${cases.length}`),
      pagerLink(cases[index + 1], 'Next case →', 'pager-next', trainingSetId),
    ),
  );
}

/**
 * @param {HTMLElement} main
 * @param {string} id
 * @param {URLSearchParams} params
 * @param {() => boolean} isCurrent  false once the user has navigated elsewhere
 * @returns {Promise<string>} the page title
 */
export async function renderCase(main, id, params, isCurrent) {
  const trainingSetId = params.get('training') ?? undefined;
  const training = trainingSetId ? await loadTrainingSet(trainingSetId) : undefined;
  const cases = training ? training.cases : await loadCaseList();
  const index = cases.findIndex((c) => c.id === id);
  if (!isCurrent()) return '';
  if (index < 0) {
    showMessage(main, 'Case not found', `There is no case with id ${id}.`);
    return 'Case not found';
  }
  const c = await loadCase(id);
  if (!isCurrent()) return '';

  const omit = new Set((params.get('omit') ?? '').split(',').map((part) => part.trim()));
  const parties = el('section', { class: 'case-parties' });
  if (!omit.has('reporter') && c.reporter) parties.append(renderParty('reporter', c.reporter));
  if (!omit.has('reported') && c.reported) parties.append(renderParty('reported', c.reported));

  const article = el(
    'article',
    { class: 'case-view', 'data-case-id': c.id, lang: c.language },
    renderHeader(c, omit),
    parties,
    omit.has('thread') ? null : renderThread(c.items),
  );
  const banner = training ? trainingBanner(training.title) : null;
  show(main, ...(banner ? [banner] : []), renderToolbar(cases, index, trainingSetId), article);
  return `${c.id} · ${c.subject ?? 'Case'}`;
}
