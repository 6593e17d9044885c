// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Adapter } from '../../adapter';
import { normaliseText } from '../../read-dom';
import { caseSchema, type Case } from '../../schema';
import { adapters, findAdapter } from '..';

const here = join(import.meta.dirname, '..');

function loadFixture(adapter: Adapter): Document {
  const html = readFileSync(join(here, '__fixtures__', `${adapter.id}.html`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A change to the fixture page (or a URL) after which the adapter must refuse to read. */
interface Hostile {
  name: string;
  mutate?: (doc: Document) => void;
  url?: string;
  /** What the refusal must say, so a page is refused for the right reason. */
  problem: RegExp;
}

interface Expectation {
  /** The fixture page's URL, and what the adapter must read from it. */
  url: string;
  case: Case;
  missing: string[];
  /** Pages on the same host that are not case pages. */
  notCasePages: string[];
  /** Items present in the fixture but hidden: never read, never located. */
  hiddenItemIds: string[];
  hostile: Hostile[];
}

/** Puts a copy of the first match right after it: two elements claim the same role. */
const duplicate = (selector: string) => (doc: Document) => {
  const el = doc.querySelector(selector)!;
  el.after(el.cloneNode(true));
};

/** What each adapter must read from its fixture page, and what it must refuse. */
const expectations: Record<string, Expectation> = {
  'demo-console': {
    url: 'http://127.0.0.1:4317/console/cases/C-1042',
    missing: ['slaDueAt'],
    notCasePages: ['http://127.0.0.1:4317/console/cases'],
    hiddenItemIds: ['m-2', 'm-t'],
    hostile: [
      {
        name: 'two elements claim the case',
        mutate: duplicate('.case-view[data-case-id]'),
        problem: /refusing to guess/,
      },
      {
        name: 'a case id that contradicts the URL',
        url: 'http://127.0.0.1:4317/console/cases/C-9',
        problem: /does not match the URL/,
      },
    ],
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
  'classic-console': {
    url: 'http://127.0.0.1:4317/classic/ticket?id=C-1012',
    missing: ['priority'],
    notCasePages: [
      'http://127.0.0.1:4317/classic/tickets',
      'http://127.0.0.1:4317/classic/ticket',
      'http://127.0.0.1:4317/classic/ticket?id=',
      'http://127.0.0.1:4317/classic/ticket/m-1?id=C-1012',
    ],
    hiddenItemIds: ['m-3', '{{id}}'],
    hostile: [
      {
        name: 'two thread tables',
        mutate: duplicate('table.ticket-thread'),
        problem: /refusing to guess/,
      },
      {
        name: 'two property tables',
        mutate: duplicate('table.ticket-props'),
        problem: /refusing to guess/,
      },
      {
        name: 'no ticket id in the URL',
        url: 'http://127.0.0.1:4317/classic/ticket?design=2',
        problem: /No ticket id/,
      },
      {
        name: 'a page without a ticket (not found)',
        mutate: (doc) => doc.querySelectorAll('table').forEach((table) => table.remove()),
        problem: /No ticket on this page/,
      },
    ],
    case: {
      id: 'C-1012',
      console: 'classic-console',
      url: 'http://127.0.0.1:4317/classic/ticket?id=C-1012',
      subject: 'Marketplace listing selling counterfeit sneakers',
      status: 'open',
      queue: 'Counterfeit goods',
      priority: undefined,
      createdAt: '2026-11-20T07:30:00.000Z',
      slaDueAt: '2026-11-20T15:00:00.000Z',
      reporter: { name: 'Youssef Haddad', handle: '@yhaddad', id: 'U-73014' },
      reported: { name: 'SneakerHub Outlet', handle: undefined, id: 'U-73555' },
      items: [
        {
          id: 'm-1',
          author: 'sneakerhub_outlet',
          role: 'reported',
          time: '2026-11-14T20:40:00.000Z',
          text: 'Brand new AirStride 90s, 100% authentic. $45 today only!',
          media: [
            {
              id: 'a-1',
              kind: 'image',
              url: 'http://127.0.0.1:4317/console/media/listing-front.svg',
              alt: 'Listing photo: white sneaker',
            },
          ],
        },
        {
          id: 'm-2',
          author: 'Youssef Haddad',
          role: 'reporter',
          time: '2026-11-14T22:20:00.000Z',
          text: 'مرحبا، هل الحذاء أصلي فعلا؟ السعر منخفض جدا.',
          media: [],
        },
        {
          id: 'm-4',
          author: 'Youssef Haddad',
          role: 'reporter',
          time: undefined,
          text: 'They arrived and they are fake. Photos attached.',
          media: [
            {
              id: 'a-4',
              kind: 'image',
              url: 'http://127.0.0.1:4317/console/media/received-label.svg',
              alt: "Buyer's photo: inside label",
            },
          ],
        },
        {
          id: 'm-5',
          author: 'System',
          role: 'other',
          time: '2026-11-20T07:30:00.000Z',
          text: 'Seller account is 9 days old.',
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
    for (const url of expectations[id]!.notCasePages) {
      expect(adapter.isCasePage(new URL(url)), url).toBe(false);
    }
  });

  test.each(expectations[id]!.hostile.map((h) => [h.name, h] as const))(
    'refuses a hostile page: %s',
    (_name, hostile) => {
      const doc = loadFixture(adapter);
      hostile.mutate?.(doc);
      const actual = adapter.extract(doc, new URL(hostile.url ?? expectations[id]!.url));
      expect(actual).toMatchObject({
        ok: false,
        problem: expect.stringMatching(hostile.problem),
      });
    },
  );

  test('locates every item it reads, and no hidden or unknown one', () => {
    const doc = loadFixture(adapter);
    for (const item of expectations[id]!.case.items) {
      const el = adapter.locateItem(doc, item.id);
      expect(el, item.id).toBeDefined();
      expect(normaliseText(el?.textContent ?? '')).toContain(item.text);
    }
    for (const hidden of [...expectations[id]!.hiddenItemIds, 'no-such-item']) {
      expect(adapter.locateItem(doc, hidden), hidden).toBeUndefined();
    }
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
