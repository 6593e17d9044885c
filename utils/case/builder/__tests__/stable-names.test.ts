// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { looksGenerated, stableAttr, stableId } from '../stable-names';

test.each([
  'ember123',
  'react-1f3a',
  ':r1:',
  'css-1x2y3z',
  'sc-AxjAm',
  'kLmNop',
  '_a1b2c3',
  'jsx-123',
  'Title_main__3xYz1',
  '3f2a1b9c-1d2e-4f5a-9b8c-7d6e5f4a3b2c',
  'ticket-12345',
  'ng-star-inserted',
])('%s looks generated', (token) => {
  expect(looksGenerated(token)).toBe(true);
});

test.each(['msg', 'ticket-thread', 'message__body', 'isOpen', 'MsgBody', 'h1', 'col-2'])(
  '%s looks hand-written',
  (token) => {
    expect(looksGenerated(token)).toBe(false);
  },
);

test('an id is usable only when hand-written and unique on the page', () => {
  document.body.innerHTML = `<p id="subject"></p><p id="dup"></p><p id="dup"></p><p id="ember42"></p>`;
  expect(stableId('subject', document)).toBe(true);
  expect(stableId('dup', document)).toBe(false);
  expect(stableId('ember42', document)).toBe(false);
});

test('attribute values that look like records never qualify; aria-label only outside messages', () => {
  expect(stableAttr('data-testid', 'case-subject', false)).toBe(true);
  expect(stableAttr('data-msg', 'm-2', true)).toBe(false);
  expect(stableAttr('data-v-3f2a1b', '', false)).toBe(false);
  expect(stableAttr('data-state', 'open', false)).toBe(false);
  expect(stableAttr('title', 'Subject', false)).toBe(false);
  expect(stableAttr('aria-label', 'Case subject', false)).toBe(true);
  expect(stableAttr('aria-label', 'Message from Alice', true)).toBe(false);
});
