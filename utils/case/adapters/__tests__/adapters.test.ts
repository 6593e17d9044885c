// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Adapter } from '../../adapter';
import { caseSchema, type Case } from '../../schema';
import { adapters, findAdapter } from '..';

const here = join(import.meta.dirname, '..');

function loadFixture(adapter: Adapter): Document {
  const html = readFileSync(join(here, '__fixtures__', `${adapter.id}.html`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** What each adapter must read from its fixture page. */
const expectations: Record<string, { url: string; case: Case; missing: string[] }> = {
  'demo-console': {
    url: 'http://127.0.0.1:4317/console/cases/C-1042',
    missing: ['slaDueAt'],
    case: {
      id: 'C-1042',
      console: 'demo-console',
      url: 'http://127.0.0.1:4317/console/cases/C-1042',
      subject: 'Repeated insults in team chat',
      status: 'open',
      queue: 'Harassment',
      priority: 'high',
      createdAt: '2026-11-20T08:14:00.000Z',
      slaDueAt: undefined,
      reporter: { name: 'Maria Lopez', handle: '@marial', id: 'U-88213' },
      reported: { name: 'jdoe_77', handle: undefined, id: 'U-10442' },
      items: [
        {
          id: 'm-1',
          author: 'jdoe_77',
          role: 'reported',
          time: '2026-11-20T08:58:00.000Z',
          text: 'You are useless, everyone knows it.',
          media: [],
        },
        {
          id: 'm-3',
          author: 'وكيل الدعم',
          role: 'agent',
          time: '2026-11-20T09:02:00.000Z',
          text: 'شكراً، نحن نراجع البلاغ.',
          media: [
            {
              id: 'a-1',
              kind: 'image',
              url: 'http://127.0.0.1:4317/console/media/screenshot.svg',
              alt: 'Screenshot of the chat',
            },
          ],
        },
        {
          id: 'm-4',
          author: 'AutoMod',
          role: 'other',
          time: undefined,
          text: 'Flagged 2 messages.',
          media: [],
        },
      ],
    },
  },
};

describe.each(adapters.map((a) => [a.id, a] as const))('adapter %s', (id, adapter) => {
  test('reads its fixture page', () => {
    const expected = expectations[id]!;
    const actual = adapter.extract(loadFixture(adapter), new URL(expected.url));
    expect(actual).toEqual({
      ok: true,
      case: expected.case,
      missing: expected.missing,
      truncatedFrom: undefined,
    });
    expect(caseSchema.safeParse(actual.ok && actual.case).success).toBe(true);
  });

  test('matches its example URLs and nothing on the same host that is not a case', () => {
    for (const url of adapter.exampleUrls) expect(findAdapter(new URL(url))).toBe(adapter);
    expect(adapter.isCasePage(new URL('http://127.0.0.1:4317/console/cases'))).toBe(false);
  });

  test('refuses a page where two elements claim the case', () => {
    const doc = loadFixture(adapter);
    const view = doc.querySelector(adapter.readySelector)!;
    view.after(view.cloneNode(true));
    const actual = adapter.extract(doc, new URL(expectations[id]!.url));
    expect(actual.ok).toBe(false);
  });

  test('refuses a case id that contradicts the URL', () => {
    const actual = adapter.extract(
      loadFixture(adapter),
      new URL('http://127.0.0.1:4317/console/cases/C-9'),
    );
    expect(actual).toEqual({
      ok: false,
      problem: expect.stringContaining('does not match the URL'),
    });
  });
});

test('every adapter file is registered and has a fixture and expectations', () => {
  const files = readdirSync(here).filter(
    (f) => f.endsWith('.ts') && !['index.ts', 'matches.ts'].includes(f),
  );
  const fixtures = readdirSync(join(here, '__fixtures__'));
  expect(files.length).toBe(adapters.length);
  for (const adapter of adapters) {
    expect(files).toContain(`${adapter.id}.ts`);
    expect(fixtures).toContain(`${adapter.id}.html`);
    expect(expectations[adapter.id]).toBeDefined();
    expect(adapter.exampleUrls.length).toBeGreaterThan(0);
  }
});
