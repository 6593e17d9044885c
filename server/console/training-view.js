// @ts-check
import { loadTrainingSet } from './api.js';
import { el, navLink, show } from './dom.js';

/**
 * Training pages: a gold set's cases (/console/training/sets/:id), each opening in the normal
 * case layout with `?training=<set>` so the banner and the pager follow the set. The layout is
 * the live one on purpose: the adapter and the panel must work exactly as on live cases.
 */

/** @param {string} setId @param {string} caseId */
export const trainingCaseHref = (setId, caseId) =>
  `/console/cases/${encodeURIComponent(caseId)}?training=${encodeURIComponent(setId)}`;

/** @param {string} title */
export const trainingBanner = (title) =>
  el(
    'div',
    { class: 'training-banner', role: 'note' },
    el('strong', {}, 'TRAINING'),
    ` · ${title} · practice case: decisions here are scored against the gold answer and never touch a live case.`,
  );

/**
 * @param {HTMLElement} main
 * @param {string} setId
 * @param {() => boolean} isCurrent
 * @returns {Promise<string>} the page title
 */
export async function renderTrainingSet(main, setId, isCurrent) {
  const set = await loadTrainingSet(setId);
  if (!isCurrent()) return '';
  const list = el(
    'ol',
    { class: 'training-list' },
    ...set.cases.map((c) =>
      el(
        'li',
        {},
        navLink(trainingCaseHref(set.id, c.id), c.subject ?? c.id),
        ` (${c.itemCount} messages)`,
      ),
    ),
  );
  show(main, trainingBanner(set.title), el('h1', {}, set.title), list);
  return `Training · ${set.title}`;
}
