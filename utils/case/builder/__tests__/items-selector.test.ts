// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { visibleAll } from '../../read-dom';
import { itemsSelectorFor } from '../selector-for';

test('one clicked table row gives every message row of the thread, without per-record values', () => {
  document.body.innerHTML = `
    <table class="case-meta"><tr class="msg"><td>not a message</td></tr></table>
    <table class="ticket-thread"><tbody>
      <tr class="thread-head"><th>Author</th><th>Message</th></tr>
      <tr class="msg msg--customer" data-msg="m-1"><td>Ann</td><td>Hi</td></tr>
      <tr class="msg msg--agent is-selected" data-msg="m-2"><td>Bo</td><td>Hello</td></tr>
      <tr class="msg msg--customer" data-msg="m-3"><td>Ann</td><td>Thanks</td></tr>
    </tbody></table>`;
  const clicked = document.querySelector('[data-msg="m-2"]')!;

  const actual = itemsSelectorFor(clicked, document);

  expect(actual).toEqual({ selector: 'table.ticket-thread tr.msg', count: 3 });
  expect(actual.selector).not.toContain('m-2');
});

test('a div thread with a hidden template row counts only visible messages', () => {
  document.body.innerHTML = `
    <div class="sc-AxjAm"><div id="conversation" class="css-1x2y3z">
      <div class="message-row" data-message-id="tpl" hidden><p>{{text}}</p></div>
      <div class="message-row" data-message-id="81723"><p>First</p></div>
      <div class="note">Internal note</div>
      <div class="message-row" data-message-id="81724"><p>Second</p></div>
    </div></div>
    <aside><div class="message-row">A preview elsewhere</div></aside>`;
  const clicked = document.querySelector('[data-message-id="81724"]')!;

  const actual = itemsSelectorFor(clicked, document);

  expect(actual).toEqual({ selector: '#conversation div.message-row', count: 2 });
  expect(visibleAll(document, actual.selector)).not.toContain(document.querySelector('[hidden]'));
});

test('messages told apart only by a data attribute name use attribute presence', () => {
  document.body.innerHTML = `<ul class="thread">
    <li data-msg="a1f9c3e2"><span>x</span></li><li class="ad">sponsored</li>
    <li data-msg="b7d2e4f1"><span>y</span></li></ul>`;
  const clicked = document.querySelector('li')!;

  const actual = itemsSelectorFor(clicked, document);

  expect(actual).toEqual({ selector: 'ul.thread li[data-msg]', count: 2 });
});

test('with no stable names anywhere, still a selector that matches the like siblings', () => {
  document.body.innerHTML = `<div class="css-a1b2c3"><div class="css-d4e5f6">
    <article>one</article><article>two</article></div></div>`;
  const clicked = document.querySelectorAll('article')[1]!;

  const actual = itemsSelectorFor(clicked, document);

  expect(actual.count).toBe(2);
  expect(visibleAll(document, actual.selector)).toEqual(
    Array.from(document.querySelectorAll('article')),
  );
});

test('a data attribute every row carries does not turn other rows into messages', () => {
  document.body.innerHTML = `<table class="thread"><tbody>
    <tr class="msg" data-row=""><td>a</td></tr><tr class="note" data-row=""><td>n</td></tr>
    <tr class="msg" data-row=""><td>b</td></tr></tbody></table>`;
  const clicked = document.querySelector('tr.msg')!;

  expect(itemsSelectorFor(clicked, document)).toEqual({
    selector: 'table.thread tr.msg',
    count: 2,
  });
});
