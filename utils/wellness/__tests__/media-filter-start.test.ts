// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { startMediaFilter } from '../media-filter';

afterEach(() => {
  vi.restoreAllMocks();
});

test('while the console parses, its elements are marked without trying an empty selector', async () => {
  const tried: string[] = [];
  const matches = Element.prototype.matches;
  vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, s) {
    tried.push(s);
    return matches.call(this, s);
  });
  const controller = new AbortController();
  // The stored setup not read yet: the whole page is case media, nothing is playable.
  const pending = new Promise<never>(() => undefined);
  startMediaFilter(
    document,
    controller.signal,
    () => pending,
    () => () => undefined,
  );
  for (let i = 0; i < 20; i++) document.body.append(document.createElement('p'));
  const image = document.createElement('img');
  document.body.append(image);
  await new Promise((resolve) => setTimeout(resolve, 0));

  expect(tried).not.toContain('');
  // Still filtered from its first frame: the stylesheet covers every image of the page.
  const sheet = document.querySelector('style[data-caselight]')!.textContent ?? '';
  expect(sheet).toContain('img');
  expect(image.matches('html img')).toBe(true);
  controller.abort();
});
