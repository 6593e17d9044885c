// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import type { RuleReport } from '../read-rule';
import {
  declarativeAdapterSchema,
  describeAdapterProblems,
  type DeclarativeAdapterInput,
} from '../schema';
import { extractDeclarative, toAdapter } from '../to-adapter';

/**
 * A one-author post: the console shows the author once, in the page header, and each item
 * (the post and its edits) carries only its text and sometimes an editor.
 */
const definition: DeclarativeAdapterInput = {
  format: 'caselight-adapter/1',
  id: 'post-review',
  name: 'Post review',
  matches: ['https://review.example.test/*'],
  ready: '.post-view',
  caseId: { from: 'page', selector: '.post-view', attribute: 'data-post' },
  createdAt: { selector: '.posted', attribute: 'datetime' },
  reported: { name: { selector: '.owner .name' }, handle: { selector: '.owner .handle' } },
  items: {
    selector: '.version',
    id: { fallback: 'caseId' },
    author: { selector: '.editor', fallback: 'reported.name' },
    role: { fallback: { value: 'reported' } },
    time: { selector: 'time', attribute: 'datetime', fallback: 'createdAt' },
    text: { selector: '.text' },
  },
};
const url = new URL('https://review.example.test/posts/P9');

beforeEach(() => {
  document.body.innerHTML = `
    <main class="post-view" data-post="P9">
      <div class="owner"><span class="name">Jo Doe</span> <span class="handle">@jdoe</span></div>
      <time class="posted" datetime="2026-05-01T09:00:00Z">May 1</time>
      <section class="version"><p class="text">Buy followers here</p></section>
      <section class="version"><span class="editor">Moderator bot</span>
        <time datetime="2026-05-02T09:00:00Z">May 2</time><p class="text">[removed link]</p></section>
    </main>`;
});

test('an item field without its own value falls back to the page-level value named', () => {
  const def = declarativeAdapterSchema.parse(definition);
  const actual = extractDeclarative(def, document, url);
  expect(actual.ok && actual.case.items).toEqual([
    {
      id: 'P9',
      author: 'Jo Doe',
      role: 'reported',
      time: '2026-05-01T09:00:00.000Z',
      text: 'Buy followers here',
      media: [],
    },
    {
      id: 'P9-2',
      author: 'Moderator bot',
      role: 'reported',
      time: '2026-05-02T09:00:00.000Z',
      text: '[removed link]',
      media: [],
    },
  ]);
  // Highlighting finds items by the same ids, fallbacks included.
  expect(toAdapter(def).locateItem(document, 'P9-2')?.textContent).toContain('[removed link]');
});

test('a fallback can also be a page selector, read once for the whole case', () => {
  const def = declarativeAdapterSchema.parse({
    ...definition,
    items: { ...definition.items, author: { fallback: { selector: '.owner .handle' } } },
  });
  const actual = extractDeclarative(def, document, url);
  expect(actual.ok && actual.case.items.map((i) => i.author)).toEqual(['@jdoe', '@jdoe']);
});

test('a role falling back to a page value goes through the role map; a fixed role does not', () => {
  const def = declarativeAdapterSchema.parse({
    ...definition,
    items: {
      ...definition.items,
      role: { selector: '.editor', map: { 'jo doe': 'reporter' }, fallback: 'reported.name' },
    },
  });
  const actual = extractDeclarative(def, document, url);
  expect(actual.ok && actual.case.items.map((i) => i.role)).toEqual(['reporter', 'other']);
});

test('"Test on this tab" says where a fallback filled in, and when it found nothing', () => {
  const def = declarativeAdapterSchema.parse(definition);
  const reports: RuleReport[] = [];
  extractDeclarative(def, document, url, (r) => reports.push(r));
  const byField = Object.fromEntries(reports.map((r) => [r.field, r]));
  expect(byField['items.author']).toMatchObject({
    matched: 1,
    value: 'Moderator bot',
    problem: undefined,
    fallback: 'reported.name (Jo Doe) for 1 of 2 items',
  });
  expect(byField['items.role']).toMatchObject({
    matched: 0,
    value: 'reported',
    problem: undefined,
    fallback: '"reported" for 2 of 2 items',
  });
  document.querySelector('.owner .name')!.remove();
  reports.length = 0;
  extractDeclarative(def, document, url, (r) => reports.push(r));
  expect(reports.find((r) => r.field === 'items.author')).toMatchObject({
    matched: 1,
    problem: 'matched in 1 of 2 items, and the fallback reported.name is empty on this page',
  });
});

test('a definition without fallbacks reads exactly as before', () => {
  const { id: _id, role: _role, ...plain } = definition.items;
  const def = declarativeAdapterSchema.parse({
    ...definition,
    items: { ...plain, author: { selector: '.editor' }, time: { selector: 'time' } },
  });
  const actual = extractDeclarative(def, document, url);
  expect(actual.ok && actual.case.items.map((i) => [i.id, i.author, i.role])).toEqual([
    ['item-1', 'unknown', 'other'],
    ['item-2', 'Moderator bot', 'other'],
  ]);
});

function problemsOf(items: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const result = declarativeAdapterSchema.safeParse({
    ...definition,
    ...extra,
    items: { ...definition.items, ...items },
  });
  return result.success ? [] : describeAdapterProblems(result.error);
}

test('fallback problems are named by field', () => {
  expect(problemsOf({ author: { fallback: 'reported.nickname' } })).toEqual([
    expect.stringMatching(/^items\.author\.fallback: .*reported\.name/),
  ]);
  expect(problemsOf({ role: { fallback: { value: 'boss' } } })).toEqual([
    expect.stringMatching(/^items\.role\.fallback: value: .*reporter/),
  ]);
  expect(problemsOf({ time: { fallback: 'subject' } })).toEqual([
    expect.stringMatching(/^items\.time\.fallback: .*createdAt/),
  ]);
  expect(problemsOf({ author: { attribute: 'title' } })).toEqual([
    expect.stringMatching(/^items\.author\.selector: Give a CSS selector, a fallback or both/),
  ]);
  expect(problemsOf({}, { reported: undefined })).toEqual([
    expect.stringMatching(/^items\.author\.fallback: .*reported\.name.* not read by this adapter/),
  ]);
});
