// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import {
  ATTEMPTS,
  ESCALATING,
  SET,
  attempt,
} from '../../../../utils/training/__tests__/cohort-fixture';
import { alphaMeaning, csvFileName } from '../format';
import { TrainingDashboard } from '../training-dashboard';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

const render = () =>
  act(() =>
    root.render(<TrainingDashboard set={SET} attempts={ATTEMPTS} escalatingActions={ESCALATING} />),
  );

/** The way the e2e test finds a trainee: the row headed by their name. */
function rowOf(name: string) {
  const header = [...container.querySelectorAll('tbody th[scope="row"]')].find(
    (th) => th.textContent === name,
  );
  return header?.closest('tr') ?? null;
}
const metric = (row: Element | null, name: string) =>
  row?.querySelector(`[data-metric="${name}"]`)?.textContent;
const button = (name: string) =>
  [...container.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );

it('shows each trainee’s accuracy and kappa, "—" where nothing is done', () => {
  render();
  const ana = rowOf('Ana Trainee');
  expect(metric(ana, 'done')).toBe('5 / 5');
  expect(metric(ana, 'accuracy')).toBe('75%');
  expect(metric(ana, 'kappa')).toBe('0.67');
  expect(metric(ana, 'verdict')).toContain('Failed');
  expect(metric(ana, 'verdict')).toContain('kappa 0.67 is below 0.80');
  expect(metric(ana, 'disputed')).toBe('0 of 1 matched');

  const cy = rowOf('Cy Trainee');
  expect(metric(cy, 'accuracy')).toBe('—');
  expect(metric(cy, 'kappa')).toBe('—');
  expect(metric(cy, 'verdict')).toContain('In progress');

  expect(metric(rowOf('Dee Trainee'), 'verdict')).toContain('Passed');
  expect(container.querySelector('caption')?.textContent).toBe('Trainees on this gold set');
});

it('summarises cohort agreement, most-missed cases and calibration', () => {
  render();
  expect(container.querySelector('[data-testid="cohort-alpha"]')?.textContent).toContain(
    'α = 0.43, unreliable',
  );
  const missed = [...container.querySelectorAll('ol li')].map((li) => li.textContent);
  expect(missed[0]).toContain('Case 4: missed by 1 of 2');
  expect(missed[2]).toContain('disputed by experts');
  expect(container.querySelector('[data-testid="calibration"]')?.textContent).toBe(
    'Calibration in live flow: 3 gold cases met, 1 matched gold (33%).',
  );
});

it('opens a trainee’s confusion matrices with the diagonal highlighted', () => {
  render();
  const toggle = button('Show details for Ana Trainee')!;
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  const details = container.querySelector(`[id="${toggle.getAttribute('aria-controls')}"]`)!;
  expect(details.hasAttribute('hidden')).toBe(true);

  act(() => toggle.click());
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect(details.hasAttribute('hidden')).toBe(false);
  const tables = [...details.querySelectorAll('table')];
  expect(tables.map((t) => t.querySelector('caption')?.textContent)).toEqual([
    'Actions: Ana Trainee',
    'Primary policy: Ana Trainee',
  ]);
  const diagonal = [...tables[0]!.querySelectorAll('td[data-diagonal]')].map(
    (td) => td.textContent,
  );
  expect(diagonal).toEqual(['1', '0', '1', '1']);
  expect(button('Hide details for Ana Trainee')).toBeDefined();
});

it('downloads the CSV through a Blob URL named after the set and the date', async () => {
  const created: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    created.push(blob as Blob);
    return 'blob:caselight/csv';
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  let downloaded: { href: string; download: string } | undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloaded = { href: this.href, download: this.download };
  });
  render();
  act(() => button('Export CSV')!.click());

  expect(downloaded?.href).toBe('blob:caselight/csv');
  expect(downloaded?.download).toMatch(/^training-set-1-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await created[0]!.text();
  expect(text).toContain('set-1,ana,Ana Trainee,5,5,0.75,0.6667');
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(revoke).toHaveBeenCalledWith('blob:caselight/csv');
});

it('reads alpha in plain words and makes safe file names', () => {
  expect(alphaMeaning(0.85)).toMatch(/^reliable/);
  expect(alphaMeaning(0.7)).toMatch(/^tentative/);
  expect(alphaMeaning(null)).toMatch(/^not measurable/);
  expect(csvFileName('a/b c', new Date(2026, 0, 5))).toBe('training-a-b-c-2026-01-05.csv');
});

it('names actions and policies as the installed guidance does, keeping the id at hand', () => {
  const labels = {
    action: (id: string) => `Action “${id}”`,
    policy: (id: string) => `Policy “${id}”`,
  };
  act(() =>
    root.render(
      <TrainingDashboard
        set={SET}
        attempts={ATTEMPTS}
        escalatingActions={ESCALATING}
        labels={labels}
      />,
    ),
  );
  const missed = container.querySelector('[aria-labelledby="most-missed-title"]')?.textContent;
  expect(missed).toContain('expected Action “');
  const header = container.querySelector('table table thead th[title], tr[hidden] th[title]');
  expect(header?.textContent).toBe(labels.action(header?.getAttribute('title') ?? ''));
});

it('explains on screen a set whose agreed answers are all one action, judged on accuracy', () => {
  const items = SET.items.map((item) => ({ ...item, expectedAction: 'remove', disputed: false }));
  const attempts = items.map((item) =>
    attempt('ana', item.caseId, item.caseId === 'c1' ? 'keep' : 'remove'),
  );
  act(() =>
    root.render(
      <TrainingDashboard
        set={{ ...SET, items }}
        attempts={attempts}
        escalatingActions={ESCALATING}
      />,
    ),
  );
  expect(container.querySelector('[data-testid="judged-on"]')?.textContent).toContain(
    'every agreed answer in this set is "remove", so kappa cannot tell skill from chance',
  );
  const ana = rowOf('Ana Trainee');
  expect(metric(ana, 'kappa')).toBe('not used');
  expect(metric(ana, 'accuracy')).toBe('80%');
  expect(metric(ana, 'verdict')).toContain('accuracy 80% (4 of 5) is below 90%');
});
