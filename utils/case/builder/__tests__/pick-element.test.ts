// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { createPickSession, pickElement, type PickEvent } from '../pick-element';

// happy-dom cannot make `isTrusted` true, so trusted input is a plain object with the same shape.
function input(type: string, init: { target?: Element; key?: string; isTrusted?: boolean } = {}) {
  return {
    type,
    isTrusted: init.isTrusted ?? true,
    target: init.target ?? null,
    key: init.key,
    clientX: 1,
    clientY: 1,
    preventDefault: vi.fn<() => void>(),
    stopImmediatePropagation: vi.fn<() => void>(),
  } satisfies PickEvent;
}

const q = (selector: string) => document.querySelector(selector)!;

function page() {
  document.body.innerHTML = `<div class="thread">
    <div class="msg"><b class="author">Ann</b><a href="/case/2" class="link">open</a></div>
    <div class="msg"><b class="author">Bo</b></div></div><p class="outside">x</p>`;
  return { msgs: Array.from(document.querySelectorAll('.msg')) };
}

const pickers = () => document.querySelectorAll('caselight-picker');
const settled = async (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => true), new Promise((r) => setTimeout(() => r(false), 20))]);

afterEach(() => document.querySelectorAll('caselight-picker').forEach((el) => el.remove()));

test('draws in a closed shadow root on <html> that lets pointer events through', () => {
  const session = createPickSession(document, {
    signal: new AbortController().signal,
    hint: 'Pick',
  });

  expect(session.host.parentElement).toBe(document.documentElement);
  expect((session.host as HTMLElement).shadowRoot).toBeNull();
  expect((session.host as HTMLElement).style.getPropertyValue('pointer-events')).toBe('none');
  expect((session.host as HTMLElement).style.getPropertyPriority('pointer-events')).toBe(
    'important',
  );
});

test('ignores untrusted input: the page cannot pick, cancel or get its events blocked', async () => {
  page();
  const session = createPickSession(document, {
    signal: new AbortController().signal,
    hint: 'Pick',
  });
  const click = input('click', { target: q('.author'), isTrusted: false });
  const pageSaw = vi.fn<() => void>();
  q('.author').addEventListener('click', pageSaw);

  session.handle(click);
  session.handle(input('keydown', { key: 'Escape', isTrusted: false }));
  q('.author').dispatchEvent(new MouseEvent('click', { bubbles: true }));

  expect(click.preventDefault).not.toHaveBeenCalled();
  expect(pageSaw).toHaveBeenCalledTimes(1);
  expect(await settled(session.result)).toBe(false);
});

test('a click picks the element, blocks the page from seeing it and removes the overlay', async () => {
  page();
  const session = createPickSession(document, {
    signal: new AbortController().signal,
    hint: 'Pick',
  });
  const down = input('pointerdown', { target: q('.link') });
  const click = input('click', { target: q('.link') });

  session.handle(input('pointermove', { target: q('.link') }));
  session.handle(down);
  session.handle(click);

  expect(await session.result).toBe(q('.link'));
  expect(down.preventDefault).toHaveBeenCalled();
  expect(click.preventDefault).toHaveBeenCalled();
  expect(click.stopImmediatePropagation).toHaveBeenCalled();
  expect(pickers()).toHaveLength(0);
});

test('Escape resolves undefined', async () => {
  const session = createPickSession(document, {
    signal: new AbortController().signal,
    hint: 'Pick',
  });
  const escape = input('keydown', { key: 'Escape' });

  session.handle(escape);

  expect(await session.result).toBeUndefined();
  expect(escape.preventDefault).toHaveBeenCalled();
  expect(pickers()).toHaveLength(0);
});

test('ArrowUp widens to the parent, ArrowDown goes back, Enter accepts', async () => {
  page();
  const session = createPickSession(document, {
    signal: new AbortController().signal,
    hint: 'Pick',
  });

  session.handle(input('mousemove', { target: q('.author') }));
  session.handle(input('keydown', { key: 'ArrowUp' }));
  session.handle(input('keydown', { key: 'ArrowUp' }));
  session.handle(input('keydown', { key: 'ArrowDown' }));
  session.handle(input('keydown', { key: 'Enter' }));

  expect(await session.result).toBe(q('.msg'));
});

test('with `within`, only elements inside a message can be picked', async () => {
  const { msgs } = page();
  const session = createPickSession(document, {
    signal: new AbortController().signal,
    hint: 'Click the author',
    within: msgs,
  });
  const outside = input('click', { target: q('.outside') });

  session.handle(outside);
  expect(outside.preventDefault).toHaveBeenCalled();
  expect(await settled(session.result)).toBe(false);

  session.handle(input('mousemove', { target: q('.author') }));
  session.handle(input('keydown', { key: 'ArrowUp' }));
  session.handle(input('keydown', { key: 'ArrowUp' }));
  session.handle(input('click', { target: q('.author') }));
  expect(await session.result).toBe(q('.msg'));
});

test('clicks on our own dock reach it and are never picked', async () => {
  const dock = document.createElement('caselight-dock');
  document.documentElement.append(dock);
  const session = createPickSession(document, {
    signal: new AbortController().signal,
    hint: 'Pick',
  });
  const click = input('click', { target: dock });

  session.handle(click);

  expect(click.preventDefault).not.toHaveBeenCalled();
  expect(await settled(session.result)).toBe(false);
  dock.remove();
});

test('abort resolves undefined and removes the overlay and every listener', async () => {
  const added = vi.spyOn(window, 'addEventListener');
  const removed = vi.spyOn(window, 'removeEventListener');
  const controller = new AbortController();
  const picked = pickElement(document, { signal: controller.signal, hint: 'Pick' });
  expect(pickers()).toHaveLength(1);

  controller.abort();

  expect(await picked).toBeUndefined();
  expect(pickers()).toHaveLength(0);
  expect(removed.mock.calls.map((c) => c.slice(0, 2))).toEqual(
    added.mock.calls.map((c) => c.slice(0, 2)),
  );
  added.mockRestore();
  removed.mockRestore();
});

test('an already aborted signal never leaves an overlay behind', async () => {
  const controller = new AbortController();
  controller.abort();

  expect(await pickElement(document, { signal: controller.signal, hint: 'Pick' })).toBeUndefined();
  expect(pickers()).toHaveLength(0);
});
