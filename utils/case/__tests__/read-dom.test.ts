// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { normaliseText, textOf, timeOf, visibleAll } from '../read-dom';

test('drops zero-width characters and collapses whitespace, keeping right-to-left text intact', () => {
  expect(normaliseText('  a\u200Bb \n\t c\uFEFF ')).toBe('ab c');
  expect(normaliseText(' مرحبا   بالعالم ')).toBe('مرحبا بالعالم');
});

test('ignores hidden, aria-hidden and template content', () => {
  document.body.innerHTML = `<p class="x">one</p><p class="x" hidden>two</p>
    <div aria-hidden="true"><p class="x">three</p></div><template><p class="x">four</p></template>`;
  expect(visibleAll(document, '.x').map((el) => el.textContent)).toEqual(['one']);
  expect(textOf(document, '.missing')).toBeUndefined();
});

test('reads only times that parse, as UTC ISO strings', () => {
  document.body.innerHTML = `<time class="a" datetime="2026-01-02T03:04:05+02:00"></time><time class="b" datetime="soon"></time>`;
  expect(timeOf(document, '.a')).toBe('2026-01-02T01:04:05.000Z');
  expect(timeOf(document, '.b')).toBeUndefined();
});

test('a field whose first match is hidden is read from the first visible one', () => {
  document.body.innerHTML = `<div hidden><h2 class="subject">decoy</h2></div>
    <template><h2 class="subject">template</h2></template>
    <h2 class="subject" aria-hidden="true">aria</h2><h2 class="subject"> real  subject </h2>`;
  expect(textOf(document, '.subject')).toBe('real subject');
  document.body.innerHTML = `<h2 class="subject" hidden>only hidden</h2>`;
  expect(textOf(document, '.subject')).toBeUndefined();
});
