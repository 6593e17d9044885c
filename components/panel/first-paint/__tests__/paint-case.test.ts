// @vitest-environment happy-dom
import { beforeEach, expect, it } from 'vitest';
import { CASE_SHOWN_MARK } from '../../../../utils/models/timing-mark';
import { readyTabCase } from '../../__tests__/fixtures';
import { paintAttachedCase } from '../paint-case';

let root: HTMLElement;
beforeEach(() => {
  performance.clearMarks();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

const ready = (subject: string) => {
  const state = readyTabCase('hello');
  const c = { ...state.extraction.case, subject, status: 'open', queue: 'Abuse', priority: 'high' };
  return { tabId: 7, state: { ...state, extraction: { ...state.extraction, case: c } } };
};
const shownMarks = () =>
  performance
    .getEntriesByName(CASE_SHOWN_MARK, 'mark')
    .map((m) => (m as PerformanceMark).detail as { caseId: string });

it('paints the case’s id, subject and queue before React, and marks it shown', () => {
  const painted = paintAttachedCase(root, { ...ready('Threats in DMs'), assessment: null });
  expect(painted).toBe('C-1');
  const section = root.querySelector('section[aria-label="Case"]');
  expect(section?.textContent).toContain('C-1');
  expect(section?.querySelector('h2')?.textContent).toBe('Threats in DMs');
  expect(section?.textContent).toContain('open · Abuse · high');
  expect(shownMarks()).toEqual([{ caseId: 'C-1' }]);
});

it('puts the page’s text in as text, never as markup', () => {
  const subject = '<img src=x onerror="alert(1)">';
  paintAttachedCase(root, { ...ready(subject), assessment: null });
  expect(root.querySelector('img')).toBeNull();
  expect(root.querySelector('h2')?.textContent).toBe(subject);
});

it('paints and marks nothing without a case read, or once React has rendered', () => {
  const reading = { status: 'reading' as const, adapterId: 'demo', url: 'https://x.test/', at: 1 };
  expect(paintAttachedCase(root, { tabId: 7, state: reading, assessment: null })).toBeUndefined();
  expect(paintAttachedCase(root, null)).toBeUndefined();
  root.append(document.createElement('div'));
  expect(paintAttachedCase(root, { ...ready('S'), assessment: null })).toBeUndefined();
  expect(root.childElementCount).toBe(1);
  expect(shownMarks()).toEqual([]);
});
