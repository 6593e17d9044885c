// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Decision } from '../../../utils/decisions/schema';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import type { GuidancePack } from '../../../utils/guidance/schema';
import { readyTabCase } from '../../panel/__tests__/fixtures';
import { DecisionForm } from '../decision-form';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A required playbook holds an escalation back until every step is ticked, by button and key. */

const PACK: GuidancePack = {
  ...DEFAULT_GUIDANCE_PACK,
  version: 7,
  playbooks: DEFAULT_GUIDANCE_PACK.playbooks.map((p) =>
    p.actionId === 'escalate-self-harm' ? { ...p, required: true } : p,
  ),
};
const PLAYBOOK = PACK.playbooks.find((p) => p.actionId === 'escalate-self-harm')!;

let container: HTMLElement;
let root: Root;
let submitted: Decision[];
beforeEach(() => {
  fakeBrowser.reset();
  submitted = [];
  fakeBrowser.runtime.onMessage.addListener(
    (message: { type: string; decision?: Decision }, _s, sendResponse: (a: unknown) => void) => {
      if (message.type === 'decision:submit' && message.decision) submitted.push(message.decision);
      sendResponse({ state: 'queued', notBefore: 0 });
      return true;
    },
  );
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const { case: shown } = readyTabCase('I do not want to be here any more').extraction;
const boxes = () => [...container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const pressEnter = () =>
  document.body.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
  );

async function pickSelfHarm() {
  await act(async () =>
    root.render(
      <DecisionForm case={shown} pack={PACK} reviewerId="r1" confirmIntent={async () => {}} />,
    ),
  );
  const action = [...container.querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((b) =>
    /self-harm/.test(b.textContent ?? ''),
  )!;
  await act(async () => action.click());
}

it('refuses to submit, by button or Enter, and names the steps left', async () => {
  await pickSelfHarm();
  await act(async () => boxes()[0]!.click());
  await act(async () => container.querySelector('form')!.requestSubmit());
  await act(async () => pressEnter());
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(submitted).toHaveLength(0);
  const alert = container.querySelector('[role="alert"]')?.textContent ?? '';
  expect(alert).toContain(`The “${PLAYBOOK.title}” checklist is required: tick steps 2, 3, 4`);
  expect(container.querySelector('[data-testid="checklist-gate"]')?.textContent).toContain(
    '3 left',
  );
});

it('submits once every step is ticked, recording the checklist on the decision', async () => {
  await pickSelfHarm();
  for (const box of boxes()) await act(async () => box.click());
  await act(async () => pressEnter());
  await act(() => vi.waitFor(() => expect(submitted).toHaveLength(1), { timeout: 5000 }));
  expect(submitted[0]!.checklists).toEqual([
    {
      playbookId: PLAYBOOK.id,
      guidanceVersion: 7,
      required: true,
      stepsDone: PLAYBOOK.steps.map((_, i) => i),
      stepCount: PLAYBOOK.steps.length,
    },
  ]);
});
