import { expect, test } from 'vitest';
import { backoffMs, retryAfterMs } from '../retry-after';

const h = (init: Record<string, string>) => new Headers(init);

test('reads Retry-After as seconds or an HTTP date, and retry-after-ms first', () => {
  const now = Date.parse('2026-11-27T10:00:00Z');
  expect(retryAfterMs(h({ 'retry-after': '7' }), now)).toBe(7000);
  expect(retryAfterMs(h({ 'retry-after': '1.5' }), now)).toBe(1500);
  expect(retryAfterMs(h({ 'retry-after': 'Fri, 27 Nov 2026 10:00:30 GMT' }), now)).toBe(30_000);
  expect(retryAfterMs(h({ 'retry-after': 'Fri, 27 Nov 2026 09:00:00 GMT' }), now)).toBe(0);
  expect(retryAfterMs(h({ 'retry-after-ms': '250', 'retry-after': '7' }), now)).toBe(250);
  expect(retryAfterMs(h({ 'retry-after': 'soon' }), now)).toBeUndefined();
  expect(retryAfterMs(h({}), now)).toBeUndefined();
});

test('backoff grows exponentially under a cap, with full jitter', () => {
  expect(backoffMs(1, { random: () => 0.999 })).toBeCloseTo(999, 0);
  expect(backoffMs(4, { random: () => 0.999 })).toBeCloseTo(7992, 0);
  expect(backoffMs(40, { random: () => 1 })).toBe(5 * 60_000);
  expect(backoffMs(3, { random: () => 0 })).toBe(0);
});

test("backoff never comes before the server's Retry-After, and spreads out after it", () => {
  expect(backoffMs(1, { serverMs: 7000, random: () => 0 })).toBe(7000);
  expect(backoffMs(5, { serverMs: 7000, random: () => 0.5 })).toBe(7500);
});
