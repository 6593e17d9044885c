// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { useDecisionKeys } from '../use-decision-keys';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const said: string[] = [];
function Panel() {
  useDecisionKeys(DEFAULT_GUIDANCE_PACK, {
    pick: (id) => said.push(`pick ${id}`),
    submit: () => said.push('submit'),
    cancel: () => said.push('cancel'),
  });
  return (
    <>
      <button type="button" role="radio" aria-checked="false">
        Remove content
      </button>
      <button type="button" onClick={() => said.push('undo')}>
        Undo
      </button>
      <details>
        <summary>Outbox</summary>
      </details>
    </>
  );
}

let container: HTMLElement;
afterEach(() => container.remove());

const press = (target: EventTarget, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

it('Enter submits from the panel and the action picker, but not on a control of its own', async () => {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<Panel />));
  const [radio, undo] = [...container.querySelectorAll('button')];
  const summary = container.querySelector('summary')!;

  said.length = 0;
  const defaults = [document.body, radio!, undo!, summary].map((target) => press(target, 'Enter'));
  press(document.body, '3');
  expect(said).toEqual(['submit', 'submit', 'pick remove']);
  // Left to the browser on Undo and the disclosure: the button's own click, the details' toggle.
  expect(defaults).toEqual([false, false, true, true]);
  await act(async () => root.unmount());
});
