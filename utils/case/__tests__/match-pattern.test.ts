import { expect, test } from 'vitest';
import { matchPatternProblem, matchesAny } from '../match-pattern';

test.each([
  ['https://support.example.com/*', 'https://support.example.com/tickets/1?x=1', true],
  ['https://support.example.com/*', 'http://support.example.com/tickets/1', false],
  ['*://support.example.com/*', 'http://support.example.com/', true],
  ['https://*.example.com/admin/*', 'https://eu.example.com/admin/case/9', true],
  ['https://*.example.com/admin/*', 'https://example.com/admin/case/9', true],
  ['https://*.example.com/admin/*', 'https://evil-example.com/admin/case/9', false],
  ['https://*.example.com/admin/*', 'https://example.com.evil.io/admin/x', false],
  ['http://classic.test/*', 'http://classic.test:4317/classic/ticket?id=C-1', true],
  ['http://classic.test:8080/*', 'http://classic.test:4317/classic/ticket', false],
  ['https://a.example.com/t?id=*', 'https://a.example.com/t?id=9#frag', true],
])('%s matches %s: %s', (pattern, url, expected) => {
  expect(matchesAny([pattern], new URL(url))).toBe(expected);
});

test.each(['<all_urls>', '*://*/*', 'https://*/*', 'example.com/*', 'https://example.com'])(
  'refuses %s with a reason',
  (pattern) => {
    expect(matchPatternProblem(pattern)).toMatch(/./);
  },
);
