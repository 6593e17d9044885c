// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { confusionMatrix } from '../confusion-matrix';
import { toCsv } from '../csv';
import { FigureTable } from '../figure-table';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const cells = [
  { suggested: 'remove', decided: 'remove', count: 7 },
  { suggested: 'remove', decided: 'warn', count: 2 },
  { suggested: 'warn', decided: 'warn', count: 5 },
  { suggested: 'warn', decided: 'escalate', count: 1 },
];

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const text = (el: Element | null | undefined) => el?.textContent?.trim();

it('draws the suggestion against the decision as a matrix with headed rows and columns', () => {
  act(() => root.render(<FigureTable {...confusionMatrix(cells)} />));
  const headers = [...host.querySelectorAll('thead th')];
  expect(headers.map(text)).toEqual([
    'Model suggested ↓ / decided →',
    'escalate',
    'remove',
    'warn',
  ]);
  expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
  const rows = [...host.querySelectorAll('tbody tr')];
  expect(rows.map((tr) => [...tr.children].map(text))).toEqual([
    ['remove', '0', '7 (agreed)', '2'],
    ['warn', '1', '0', '5 (agreed)'],
  ]);
  expect(rows.map((tr) => tr.firstElementChild?.tagName)).toEqual(['TH', 'TH']);
  expect(rows.map((tr) => tr.firstElementChild?.getAttribute('scope'))).toEqual(['row', 'row']);
  // The diagonal is marked by more than its words: a class a sighted reader sees.
  const marked = [...host.querySelectorAll('tbody td.bg-emerald-50')].map(text);
  expect(marked).toEqual(['7 (agreed)', '5 (agreed)']);
});

it('exports the same matrix as CSV, zeros included', () => {
  const { columns, rows } = confusionMatrix(cells);
  expect(toCsv(columns, rows).trim().split('\n')).toEqual([
    'Model suggested ↓ / decided →,escalate,remove,warn',
    'remove,0,7,2',
    'warn,1,0,5',
  ]);
});
