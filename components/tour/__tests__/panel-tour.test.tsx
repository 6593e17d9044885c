// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { installedPackStorage } from '../../../utils/guidance/installed';
import { writeTabCase } from '../../../utils/tab-case/store';
import { panelTourStorage, TOUR_VERSION } from '../../../utils/tour/storage';
import { fixHappyDomForDomPurify } from '../../markdown/__tests__/happy-dom-fixes';
import { readyTabCase } from '../../panel/__tests__/fixtures';
import { PanelApp } from '../../panel/panel-app';

fixHappyDomForDomPurify();
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TAB = 7;
const READY = readyTabCase('hello');
/** The background's answers; anything else is refused, as an unknown request would be. */
const ANSWERS: Record<string, unknown> = {
  'panel:attach': { tabId: TAB, state: null, assessment: null },
  'case:assess': { ok: true },
  'decisions:history': { ok: true, caseDecisions: [], accountDecisions: [] },
};

let container: HTMLElement;
let root: Root;
beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener(
    (message: { type: string }, _sender, respond: (answer: unknown) => void) => {
      respond(ANSWERS[message.type] ?? { refused: 'Not in this test.' });
      return true;
    },
  );
  await installedPackStorage.setValue(DEFAULT_GUIDANCE_PACK);
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
const tour = () => document.querySelector<HTMLElement>('[role="dialog"]');
const button = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const click = (name: string) => act(async () => button(name).click());
const press = (key: string, target: Element = document.activeElement ?? document.body) =>
  act(async () => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
const picked = () => document.querySelector('[role="radio"][aria-checked="true"]')?.textContent;

async function openPanel(withCase = true) {
  await act(async () => root.render(<PanelApp surface="docked" />));
  await settle();
  if (withCase) await act(() => writeTabCase(TAB, READY));
  await settle();
}

it('waits for a case, then opens as a labelled dialog with focus inside and the scores ringed', async () => {
  await act(async () => root.render(<PanelApp surface="docked" />));
  await settle();
  expect(tour()).toBeNull();

  await act(() => writeTabCase(TAB, READY));
  await settle();

  const dialog = tour()!;
  expect(dialog.getAttribute('aria-modal')).toBe('true');
  const title = document.getElementById(dialog.getAttribute('aria-labelledby')!);
  expect(title?.textContent).toBe('Risk scores');
  expect(dialog.querySelector('[data-testid="tour-counter"]')?.textContent).toBe('1 of 5');
  expect(dialog.contains(document.activeElement)).toBe(true);
  expect(document.querySelector('[data-tour="scores"]')?.hasAttribute('data-tour-active')).toBe(
    true,
  );
  expect(dialog.dataset.anchored).toBe('true');
});

it('steps with Next, Back and the arrow keys; a region not on screen is explained centred', async () => {
  await openPanel();
  await click('Next');
  // No assessment yet, so no suggestion card to point at.
  expect(tour()!.textContent).toContain('2 of 5');
  expect(tour()!.dataset.anchored).toBe('false');
  expect(tour()!.textContent).toContain('The suggestion appears with the scores.');
  expect(document.querySelector('[data-tour-active]')).toBeNull();

  // Back is disabled on the first step: focus on it moves to Next rather than out of the tour.
  act(() => button('Back').focus());
  await press('ArrowLeft');
  expect(tour()!.textContent).toContain('1 of 5');
  expect(document.activeElement).toBe(button('Next'));
  // Tab wraps inside the tour (from Next, the last button, to Skip tour, the first).
  await press('Tab');
  expect(document.activeElement).toBe(button('Skip tour'));
  await click('Next');
  await click('Back');
  expect(tour()!.textContent).toContain('1 of 5');
  await press('ArrowRight');
  await press('ArrowRight');
  await press('ArrowRight');
  expect(tour()!.textContent).toContain('4 of 5');
  // The keys in force are the installed pack's.
  const keys = tour()!.querySelector('[data-testid="tour-hotkeys"]')?.textContent;
  expect(keys).toContain('1 No violation');
  expect(document.querySelector('[data-tour-active]')?.getAttribute('data-tour')).toBe(
    'decision-keys',
  );
  await press('ArrowLeft');
  expect(tour()!.textContent).toContain('3 of 5');
});

it('is remembered once done, and not shown on the next panel', async () => {
  await openPanel();
  for (let i = 0; i < 4; i++) await click('Next');
  await click('Done');
  await settle();
  expect(tour()).toBeNull();
  expect(document.querySelector('[data-tour-active]')).toBeNull();
  expect(await panelTourStorage.getValue()).toMatchObject({
    version: TOUR_VERSION,
    outcome: 'done',
  });

  act(() => root.unmount());
  root = createRoot(container);
  await openPanel();
  expect(tour()).toBeNull();
});

it('is remembered once skipped, and the header button replays it', async () => {
  await openPanel();
  await click('Skip tour');
  await settle();
  expect(tour()).toBeNull();
  expect((await panelTourStorage.getValue())?.outcome).toBe('skipped');

  await click('Tour');
  expect(tour()!.textContent).toContain('1 of 5');
});

it('Esc skips the tour without clearing the decision being drafted', async () => {
  await panelTourStorage.setValue({ version: TOUR_VERSION, at: '', outcome: 'done' });
  await openPanel();
  await press('2', document.body);
  expect(picked()).toContain('Warn user');

  await click('Tour');
  await press('Escape');
  await settle();
  expect(tour()).toBeNull();
  expect((await panelTourStorage.getValue())?.outcome).toBe('skipped');
  expect(picked()).toContain('Warn user');
});

it('keeps decision keys from acting while open, wherever focus is, and leaves them be after', async () => {
  await openPanel();
  expect(tour()).not.toBeNull();
  await press('1');
  await press('3', document.body);
  await press('Enter', document.body);
  expect(picked()).toBeUndefined();

  await click('Skip tour');
  await press('3', document.body);
  expect(picked()).toContain('Remove content');
});

it('does not open on a panel without a case', async () => {
  await openPanel(false);
  expect(tour()).toBeNull();
  expect(await panelTourStorage.getValue()).toBeNull();
});
