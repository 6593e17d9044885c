// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { elementText, normaliseLines } from '../read-dom';

const el = (html: string) => {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
};

afterEach(() => vi.restoreAllMocks());

test('line breaks come from <br> and blocks; breaks of neighbouring blocks merge', () => {
  expect(elementText(el('Hi,<br>I want to report'), true)).toBe('Hi,\nI want to report');
  expect(elementText(el('<div>a</div><div>b</div>'), true)).toBe('a\nb');
  expect(elementText(el('<p>a</p><p>b</p>'), true)).toBe('a\n\nb');
  expect(elementText(el('<div>a<br></div><div>b</div>'), true)).toBe('a\nb');
  expect(elementText(el('a<br><br><br><br>b'), true)).toBe('a\n\nb');
  expect(
    elementText(el('<table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>'), true),
  ).toBe('x y\nz');
  expect(elementText(el('<span>in</span><b>line</b>'), true)).toBe('inline');
});

test('spaces and tabs collapse within a line; source indentation between tags is no text', () => {
  const html = `
      <div>  one \t two  </div>
      <div>three</div>
    `;
  expect(elementText(el(html), true)).toBe('one two\nthree');
  expect(normaliseLines(' a \u00A0 b \r\n\r\n\r\n c\u200B ')).toBe('a b\n\nc');
});

test('reads folded-away text but skips scripts, styles, templates and hidden elements', () => {
  const root = el(`<details><summary>More</summary>folded</details>
    <div style="display:none">collapsed quote</div><script>x()</script><style>p{}</style>
    <template>tpl</template><span hidden>h</span><span aria-hidden="true">icon</span>ok`);
  expect(elementText(root, true)).toBe('More\nfolded\ncollapsed quote\nok');
});

test('one-line fields get the same text with line breaks as spaces', () => {
  expect(elementText(el('<span>Ann</span><div>Customer</div>'))).toBe('Ann Customer');
  expect(elementText(el('Scam<br>link  in\nDMs'))).toBe('Scam link in DMs');
});

test('reads no style and no layout: neither innerText nor getComputedStyle', () => {
  const computed = vi.spyOn(window, 'getComputedStyle');
  const innerText = vi.spyOn(HTMLElement.prototype, 'innerText', 'get');
  elementText(el('<p>a</p><div style="display:none">b</div>'), true);
  expect(computed).not.toHaveBeenCalled();
  expect(innerText).not.toHaveBeenCalled();
});

test('a hostile page cannot exhaust the stack or the regex engine', () => {
  const deep = document.createElement('div');
  let at: Element = deep;
  for (let i = 0; i < 15_000; i++)
    at = at.appendChild(document.createElement(i % 2 ? 'div' : 'span'));
  at.textContent = 'bottom';
  expect(elementText(deep, true)).toBe('bottom');
  const spaces = el(`<b>x</b>${' '.repeat(200_000)}y`);
  const start = performance.now();
  expect(elementText(spaces, true)).toBe('x y');
  expect(performance.now() - start).toBeLessThan(500);
});
