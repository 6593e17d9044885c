// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { adapters } from '..';

// A cap of 2 instead of 5,000: the same code path, without building 5,000 rows in happy-dom.
vi.mock('../../limits', () => ({ MAX_CASE_ITEMS: 5000, MAX_ITEMS_READ: 2 }));

/** Each fixture's URL and how many visible items it holds. */
const fixtures: Record<string, { url: string; items: number }> = {
  'demo-console': { url: 'http://127.0.0.1:4317/console/cases/C-1042', items: 3 },
  'classic-console': { url: 'http://127.0.0.1:4317/classic/ticket?id=C-1012', items: 4 },
};

test.each(adapters.map((a) => [a.id, a] as const))(
  '%s reads at most MAX_ITEMS_READ items and says how many there were',
  (id, adapter) => {
    const fixture = fixtures[id];
    expect(fixture, `add ${id} to the fixtures table`).toBeDefined();
    const html = readFileSync(
      join(import.meta.dirname, '..', '__fixtures__', `${id}.html`),
      'utf8',
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const actual = adapter.extract(doc, new URL(fixture!.url));
    expect(actual.ok && actual.case.items.length).toBe(2);
    expect(actual.ok && actual.truncatedFrom).toBe(fixture!.items);
  },
);
