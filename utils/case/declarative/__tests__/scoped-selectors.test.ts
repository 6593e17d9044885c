// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import { declarativeAdapterSchema, type DeclarativeAdapterInput } from '../schema';
import { extractDeclarative, toAdapter } from '../to-adapter';

/**
 * The adapter picker writes item fields relative to their item (`:scope > …`). A forum-like
 * thread nests replies inside posts, and here each post's reply comes before its own body, so
 * a field read from the outer post must not pick up what belongs to the reply inside it.
 */
const definition: DeclarativeAdapterInput = {
  format: 'caselight-adapter/1',
  id: 'nested-forum',
  name: 'Nested forum',
  matches: ['https://forum.example.test/*'],
  ready: '.thread',
  caseId: { from: 'url', regex: '/t/(\\d+)' },
  items: {
    selector: 'article.post',
    id: { selector: ':scope', attribute: 'data-id' },
    author: { selector: ':scope > header .who' },
    time: { selector: ':scope > header time', attribute: 'datetime' },
    text: { selector: ':scope .body' },
    media: { selector: ':scope > .content img' },
  },
};
const url = new URL('https://forum.example.test/t/42');

beforeEach(() => {
  document.body.innerHTML = `
    <header><span class="who">Page header</span><time datetime="2020-01-01T00:00:00Z"></time></header>
    <div class="thread">
      <article class="post" data-id="p1">
        <header><span class="who">Ann</span><time datetime="2026-03-01T10:00:00Z">10:00</time></header>
        <article class="post" data-id="p2">
          <header><span class="who">Bob</span></header>
          <div class="content"><p class="body">a reply</p><img src="/r.png" alt="reply pic"></div>
        </article>
        <div class="content"><p class="body">the first post</p><img src="/a.png" alt="post pic"></div>
      </article>
      <article class="post" data-id="p3">
        <div class="content"><p class="body">third</p></div>
      </article>
    </div>`;
});

test('item fields written with :scope are read relative to each item, innermost item first', () => {
  const def = declarativeAdapterSchema.parse(definition);
  const actual = extractDeclarative(def, document, url);
  expect(actual.ok).toBe(true);
  if (!actual.ok) return;
  expect(
    actual.case.items.map(({ id, author, time, text, media }) => ({
      id,
      author,
      time,
      text,
      media: media.map((m) => m.alt),
    })),
  ).toEqual([
    {
      id: 'p1',
      author: 'Ann',
      time: '2026-03-01T10:00:00.000Z',
      text: 'the first post',
      media: ['post pic'],
    },
    { id: 'p2', author: 'Bob', time: undefined, text: 'a reply', media: ['reply pic'] },
    { id: 'p3', author: 'unknown', time: undefined, text: 'third', media: [] },
  ]);
});

test('selectors without :scope keep reading each match into its innermost item', () => {
  const def = declarativeAdapterSchema.parse({
    ...definition,
    items: {
      ...definition.items,
      author: { selector: 'header .who' },
      text: { selector: '.body' },
    },
  });
  const actual = extractDeclarative(def, document, url);
  expect(actual.ok && actual.case.items.map((i) => [i.author, i.text])).toEqual([
    ['Ann', 'the first post'],
    ['Bob', 'a reply'],
    ['unknown', 'third'],
  ]);
});

test('locating an item for highlighting agrees with the ids the read gave', () => {
  for (const id of [{ selector: ':scope', attribute: 'data-id' }, { selector: '.pid' }]) {
    for (const post of document.querySelectorAll('article.post'))
      post.insertAdjacentHTML('beforeend', `<i class="pid">${post.getAttribute('data-id')}</i>`);
    const def = declarativeAdapterSchema.parse({
      ...definition,
      items: { ...definition.items, id },
    });
    const adapter = toAdapter(def);
    const read = adapter.extract(document, url);
    expect(read.ok && read.case.items.map((i) => i.id)).toEqual(['p1', 'p2', 'p3']);
    for (const itemId of ['p1', 'p2', 'p3'])
      expect(adapter.locateItem(document, itemId)?.getAttribute('data-id')).toBe(itemId);
    for (const pid of document.querySelectorAll('.pid')) pid.remove();
  }
});

test('a :scope selector matches the item itself when it can, and skips hidden matches', () => {
  document.body.innerHTML = `<div class="thread">
    <div class="msg unread"><p class="who" hidden>ghost</p><p class="who">Ann</p></div>
    <div class="msg"><div class="c"><span class="who">in body</span></div><p class="who">Bob</p></div>
  </div>`;
  const def = declarativeAdapterSchema.parse({
    ...definition,
    ready: '.thread',
    items: {
      selector: '.thread > .msg',
      author: { selector: ':scope > .who' },
      role: {
        selector: ':scope.unread',
        attribute: 'class',
        regex: '(unread)',
        map: { unread: 'reporter' },
      },
      text: { selector: ':scope .who' },
    },
  });
  const actual = extractDeclarative(def, document, url);
  expect(actual.ok && actual.case.items.map((i) => [i.author, i.role, i.text])).toEqual([
    ['Ann', 'reporter', 'Ann'],
    ['Bob', 'other', 'in body'],
  ]);
});
