// @ts-check
import { loadCaseList } from './api.js';
import { renderCase } from './case-view.js';
import { showLoading, showMessage } from './dom.js';
import { renderList } from './list-view.js';
import { renderSidebar } from './sidebar.js';
import { renderTrainingSet } from './training-view.js';

/**
 * Northwind Trust Desk, a small single-page console. Every /console/* URL serves the same
 * shell; this script renders by path and navigates with history.pushState, like the
 * commercial consoles Caselight has to follow through soft navigations.
 */

const APP_NAME = 'Northwind Trust Desk';
const main = /** @type {HTMLElement} */ (document.getElementById('console-main'));
const sidebar = /** @type {HTMLElement} */ (document.getElementById('console-sidebar'));

/** Bumped on every navigation; a render that finds it changed drops its (stale) result. */
let generation = 0;

/** @param {URL} url */
function route(url) {
  const path = url.pathname.replace(/\/+$/, '');
  const match = /^\/console\/cases\/([^/]+)$/.exec(path);
  if (match?.[1]) return { view: 'case', id: decodeURIComponent(match[1]) };
  const training = /^\/console\/training\/sets\/([^/]+)$/.exec(path);
  if (training?.[1]) return { view: 'training', id: decodeURIComponent(training[1]) };
  if (path === '/console' || path === '/console/cases') return { view: 'list' };
  return { view: 'missing' };
}

async function render() {
  const run = ++generation;
  const isCurrent = () => run === generation;
  const url = new URL(location.href);
  const target = route(url);
  showLoading(main);

  let title = 'Page not found';
  try {
    if (target.view === 'case' && target.id) {
      title = await renderCase(main, target.id, url.searchParams, isCurrent);
    } else if (target.view === 'training' && target.id) {
      title = await renderTrainingSet(main, target.id, isCurrent);
    } else if (target.view === 'list') {
      title = await renderList(main, url.searchParams, isCurrent);
    } else {
      showMessage(main, 'Page not found', `Nothing lives at ${url.pathname}.`);
    }
    if (!isCurrent()) return;
    document.title = `${title} · ${APP_NAME}`;
    const selection = { caseId: target.id, queue: url.searchParams.get('queue') };
    if (target.view === 'training') return;
    renderSidebar(sidebar, await loadCaseList(), selection);
  } catch {
    // A failed request is shown on the page; normal use never gets here.
    if (isCurrent()) showMessage(main, 'Could not load', 'The console backend did not answer.');
  }
}

/** Client-side navigation for a[data-nav]; modified clicks keep their browser meaning. */
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest('a[data-nav]');
  if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return;
  event.preventDefault();
  if (link.href !== location.href) history.pushState(null, '', link.href);
  window.scrollTo(0, 0);
  void render();
});

window.addEventListener('popstate', () => void render());
void render();
