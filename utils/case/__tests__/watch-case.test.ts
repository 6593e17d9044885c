// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://127.0.0.1:4317/"}
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { findAdapter } from '../adapters';
import { watchCase, type CaseSighting } from '../watch-case';

const caseHtml = (id: string, subject: string) =>
  `<article class="case-view" data-case-id="${id}"><h1 class="case-subject">${subject}</h1><ol class="thread"></ol></article>`;

let seen: CaseSighting[];
let controller: AbortController;

function summary(s: CaseSighting) {
  if (s.kind !== 'read') return s.kind;
  return s.extraction.ok
    ? `${s.extraction.case.id}: ${s.extraction.case.subject}`
    : `problem: ${s.extraction.problem}`;
}

beforeEach(() => {
  vi.useFakeTimers();
  seen = [];
  controller = new AbortController();
  history.replaceState(null, '', '/console/cases/C-1');
  document.body.innerHTML = '<main id="console-main"><p>Loading…</p></main>';
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

const start = (notFoundAfterMs = 10_000) =>
  watchCase({
    doc: document,
    findAdapter,
    signal: controller.signal,
    notFoundAfterMs,
    onChange: (s) => seen.push(s),
  });

test('waits for the case, reads it, and rereads it when it changes or the console navigates', async () => {
  start();
  expect(seen.map(summary)).toEqual(['waiting']);

  document.querySelector('main')!.innerHTML = caseHtml('C-1', 'First');
  await vi.advanceTimersByTimeAsync(20);
  document.querySelector('.case-subject')!.textContent = 'First, edited';
  await vi.advanceTimersByTimeAsync(20);
  history.pushState(null, '', '/console/cases/C-2');
  document.querySelector('main')!.innerHTML = caseHtml('C-2', 'Second');
  await vi.advanceTimersByTimeAsync(20);
  history.pushState(null, '', '/console/cases');
  document.querySelector('main')!.innerHTML = '<table></table>';
  await vi.advanceTimersByTimeAsync(20);

  expect(seen.map(summary)).toEqual([
    'waiting',
    'C-1: First',
    'C-1: First, edited',
    'C-2: Second',
    'none',
  ]);
});

test('reports nothing new when a mutation leaves the case as it was', async () => {
  document.querySelector('main')!.innerHTML = caseHtml('C-1', 'Same');
  start();
  document.body.append(document.createElement('div'));
  await vi.advanceTimersByTimeAsync(50);
  expect(seen.map(summary)).toEqual(['C-1: Same']);
});

test('says plainly when the case never appears', async () => {
  start(3000);
  await vi.advanceTimersByTimeAsync(3100);
  expect(seen.map(summary)).toEqual([
    'waiting',
    expect.stringContaining('problem: The case did not appear within 3 s'),
  ]);
});

test('stops watching once aborted (the reviewer left, or the extension was updated)', async () => {
  start();
  controller.abort();
  document.querySelector('main')!.innerHTML = caseHtml('C-1', 'Late');
  await vi.advanceTimersByTimeAsync(50);
  expect(seen.map(summary)).toEqual(['waiting']);
});

test('a console rendering in steps is read once, after its task, never inside it', async () => {
  start();
  await vi.advanceTimersByTimeAsync(100); // a quiet spell: the next change is read at once
  const main = document.querySelector('main')!;
  // One task of the console's: it renders the case, then more of it after a microtask
  // checkpoint (where mutation observers run). Nothing may be read before the task is over.
  main.innerHTML = caseHtml('C-1', 'Half');
  await Promise.resolve();
  await Promise.resolve();
  main.querySelector('.case-subject')!.textContent = 'Whole';
  await Promise.resolve();
  expect(seen.map(summary)).toEqual(['waiting']);

  await vi.advanceTimersByTimeAsync(0);
  expect(seen.map(summary)).toEqual(['waiting', 'C-1: Whole']);
});
