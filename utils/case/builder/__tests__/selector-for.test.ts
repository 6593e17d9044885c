// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { attributeSuggestions, describeElement, selectorFor } from '../selector-for';

const one = (root: ParentNode, selector: string) => Array.from(root.querySelectorAll(selector));

test('skips hashed classes, framework ids and duplicated ids', () => {
  document.body.innerHTML = `
    <div id="ember123" class="css-1x2y3z sc-AxjAm">
      <header id="dup" class="_a1b2c3"><h1 class="jsx-123 case-subject">Refund</h1></header>
      <aside id="dup"><h1 class="jsx-456">Other</h1></aside>
    </div>`;
  const subject = document.querySelector('.case-subject')!;

  const actual = selectorFor(subject, document);

  expect(actual).toBe('.case-subject');
  expect(one(document, actual)).toEqual([subject]);
});

test('prefers a hand-written id or test hook over classes and position', () => {
  document.body.innerHTML = `<main><section class="panel"><span class="value" data-testid="case-status">Open</span></section>
    <section class="panel"><span class="value">x</span><b id="queue-name" class="value">Fraud</b></section></main>`;
  const status = document.querySelector('[data-testid]')!;
  const queue = document.getElementById('queue-name')!;

  expect(selectorFor(status, document)).toBe('[data-testid="case-status"]');
  expect(selectorFor(queue, document)).toBe('#queue-name');
});

test('falls back to position only when nothing else is unique', () => {
  document.body.innerHTML = `<div><span>a</span><span>b</span></div>`;
  const second = document.querySelectorAll('span')[1]!;

  const actual = selectorFor(second, document);

  expect(actual).toContain(':nth-of-type(2)');
  expect(one(document, actual)).toEqual([second]);
});

test('a sub-field selector found in one message works under every message', () => {
  document.body.innerHTML = `<table><tbody>
    ${[1, 2, 3]
      .map(
        (n) => `<tr class="msg" data-msg="m-${n}"><td class="author css-9f8e7d" id="author-${n}"
          aria-label="From user ${n}">User ${n}</td><td class="body">Hello ${n}</td></tr>`,
      )
      .join('')}
  </tbody></table>`;
  const rows = Array.from(document.querySelectorAll('tr'));

  const actual = selectorFor(rows[1]!.querySelector('.author')!, rows[1]!);

  expect(actual).toBe('.author');
  for (const row of rows) expect(one(row, actual)).toEqual([row.querySelector('.author')]);
});

test('the message itself is :scope', () => {
  document.body.innerHTML = `<div class="msg">Hello</div>`;
  const msg = document.querySelector('.msg')!;
  expect(selectorFor(msg, msg)).toBe(':scope');
});

test('refuses an element outside the root', () => {
  document.body.innerHTML = `<div class="a"></div><div class="b"></div>`;
  expect(() => selectorFor(document.querySelector('.b')!, document.querySelector('.a')!)).toThrow(
    'not inside root',
  );
});

test('describes an element by tag, stable classes, data attribute names and text', () => {
  document.body.innerHTML = `<table><tr class="msg css-1x2y3z" data-msg="m-2"><td>${'Hello '.repeat(10)}</td></tr></table>`;
  const row = document.querySelector('tr')!;

  expect(describeElement(row)).toBe(`tr.msg[data-msg] "${'Hello '.repeat(7).slice(0, 40)}…"`);
});

test('suggests attributes holding a time or an id, times first', () => {
  document.body.innerHTML = `<span id="t" data-id="msg-991" title="2026-03-01T10:00:00Z" class="ago"
    aria-label="Message 2">3 hours ago</span>`;

  const actual = attributeSuggestions(document.getElementById('t')!);

  expect(actual).toEqual([
    { attribute: 'title', value: '2026-03-01T10:00:00Z' },
    { attribute: 'data-id', value: 'msg-991' },
  ]);
});
