// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MaskTermsContext } from '../mask-context';
import { MaskedText } from '../masked-text';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

const render = (terms: readonly string[] | null, text: string) =>
  act(() =>
    root.render(
      <MaskTermsContext value={terms}>
        <p>
          <MaskedText text={text} label="the message from Ann" />
        </p>
      </MaskTermsContext>,
    ),
  );

it('masks the terms until the message is revealed, by a labelled button', async () => {
  await render(['gore'], 'so much gore here');
  expect(container.textContent).not.toContain('gore');
  expect(container.querySelector('.sr-only')?.textContent).toBe('masked term');
  const button = container.querySelector<HTMLButtonElement>('[data-testid="reveal-masked"]')!;
  expect(button.getAttribute('aria-label')).toBe('Reveal masked terms in the message from Ann');
  await act(() => button.click());
  expect(container.textContent).toBe('so much gore here');
});

it('with masking off, or no term in the text, the text is shown as is with no button', async () => {
  await render(null, 'so much gore here');
  expect(container.textContent).toBe('so much gore here');
  await render(['gore'], 'nothing to see');
  expect(container.querySelector('button')).toBeNull();
});
