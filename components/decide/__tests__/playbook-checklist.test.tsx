// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { PlaybookChecklist } from '../playbook-checklist';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => act(() => root?.unmount()));

function Harness({ actionId }: { actionId: string }) {
  const [ticks, setTicks] = useState<string[]>([]);
  return (
    <PlaybookChecklist
      pack={DEFAULT_GUIDANCE_PACK}
      actionId={actionId}
      ticks={ticks}
      onChange={setTicks}
    />
  );
}

function render(actionId: string) {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
  act(() => root!.render(<Harness actionId={actionId} />));
  return container;
}

test('an escalating action shows its playbook steps as a checklist', () => {
  const expected = DEFAULT_GUIDANCE_PACK.playbooks.find(
    (p) => p.actionId === 'escalate-self-harm',
  )!;
  const container = render('escalate-self-harm');
  expect(container.querySelector('legend')?.textContent).toBe(expected.title);
  const steps = [...container.querySelectorAll('label')].map((l) => l.textContent);
  expect(steps).toEqual(expected.steps);
  const box = container.querySelector<HTMLInputElement>('input[type=checkbox]')!;
  act(() => box.click());
  expect(box.checked).toBe(true);
  // Not required in the default pack: no gate line.
  expect(container.querySelector('[data-testid="checklist-gate"]')).toBeNull();
});

test('an action without a playbook shows nothing', () => {
  expect(render('no-violation').textContent).toBe('');
});
