// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import { extractChecked } from '../../self-check';
import type { RuleReport } from '../read-rule';
import {
  declarativeAdapterSchema,
  describeAdapterProblems,
  type DeclarativeAdapterInput,
} from '../schema';
import { extractDeclarative, toAdapter } from '../to-adapter';

const definition: DeclarativeAdapterInput = {
  format: 'caselight-adapter/1',
  id: 'acme-helpdesk',
  name: 'Acme helpdesk',
  matches: ['https://help.acme.test/*'],
  ready: 'table.thread',
  caseId: { from: 'url', regex: '[?&]ticket=([^&#]+)' },
  subject: { selector: 'h1.title' },
  status: { selector: '.props td.status' },
  createdAt: { selector: '.props .created', attribute: 'title' },
  reporter: { name: { selector: '.props .reporter' } },
  items: {
    selector: 'table.thread tr.msg',
    id: { selector: ':scope', attribute: 'data-msg' },
    author: { selector: 'td.who' },
    role: {
      selector: 'td.who',
      attribute: 'class',
      regex: 'role-(\\w+)',
      map: { customer: 'reporter' },
    },
    time: { selector: 'td.when span', attribute: 'title' },
    text: { selector: 'td.body' },
    media: { selector: 'td.body img' },
  },
};
const def = declarativeAdapterSchema.parse(definition);
const url = new URL('https://help.acme.test/view?ticket=T-7');

beforeEach(() => {
  document.body.innerHTML = `
    <h1 class="title">  Scam\u200B link   in DMs </h1>
    <table class="props"><tr><td class="status">open</td></tr>
      <tr><td class="created" title="2026-11-20T08:14:00Z">Nov 20</td></tr>
      <tr><td class="reporter">Maria</td></tr></table>
    <table class="thread">
      <tr class="msg" data-msg="m1"><td class="who role-customer">Maria</td>
        <td class="when"><span title="2026-11-20T08:15:00Z">08:15</span></td>
        <td class="body">He sent <b>this</b> <img src="/att/1.png" alt="shot"></td></tr>
      <tr class="msg" hidden data-msg="ghost"><td class="body">hidden row</td></tr>
      <tr class="msg" data-msg="m2"><td class="who role-agent">Agent</td>
        <td class="when"><span title="yesterday">?</span></td><td class="body">مرحبا   بالعالم</td></tr>
    </table>
    <template><table class="thread"><tr class="msg" data-msg="tpl"><td class="body">t</td></tr></table></template>`;
});

test('reads every field the definition names, in page order, skipping hidden and template rows', () => {
  const actual = extractDeclarative(def, document, url);
  expect(actual).toEqual({
    ok: true,
    missing: [],
    truncatedFrom: undefined,
    case: {
      id: 'T-7',
      console: 'acme-helpdesk',
      url: url.href,
      subject: 'Scam link in DMs',
      status: 'open',
      queue: undefined,
      priority: undefined,
      createdAt: '2026-11-20T08:14:00.000Z',
      slaDueAt: undefined,
      reporter: { name: 'Maria', handle: undefined, id: undefined },
      reported: undefined,
      items: [
        {
          id: 'm1',
          author: 'Maria',
          role: 'reporter',
          time: '2026-11-20T08:15:00.000Z',
          text: 'He sent this',
          media: [
            {
              id: 'm1-media-0',
              kind: 'image',
              url: 'https://help.acme.test/att/1.png',
              alt: 'shot',
            },
          ],
        },
        {
          id: 'm2',
          author: 'Agent',
          role: 'agent',
          time: undefined,
          text: 'مرحبا بالعالم',
          media: [],
        },
      ],
    },
  });
});

test('reports, field by field, what matched and what did not', () => {
  const reports: RuleReport[] = [];
  extractDeclarative(def, document, url, (r) => reports.push(r));
  const byField = Object.fromEntries(reports.map((r) => [r.field, r]));
  expect(byField.caseId).toMatchObject({ value: 'T-7', matched: 1 });
  expect(byField.items).toMatchObject({ matched: 2, problem: undefined });
  expect(byField['items.time']).toMatchObject({ matched: 2 });
  expect(byField['items.text']).toMatchObject({ matched: 2, problem: undefined });
  document.querySelector('td.status')!.remove();
  reports.length = 0;
  extractDeclarative(def, document, url, (r) => reports.push(r));
  expect(reports.find((r) => r.field === 'status')).toMatchObject({
    matched: 0,
    problem: 'matched nothing',
  });
});

test('a redesign that loses a required field is reported as broken, naming field, selector and page', () => {
  document.querySelector('table.thread')!.className = 'thread';
  for (const row of document.querySelectorAll('tr.msg')) row.className = 'entry';
  const actual = extractChecked(toAdapter(def), document, url);
  expect(actual).toEqual({
    ok: false,
    broken: ['items'],
    problem: expect.stringContaining('items (table.thread tr.msg) on https://help.acme.test/view'),
  });
});

test('refuses two elements claiming the case, and clobbered ids', () => {
  const fromPage = declarativeAdapterSchema.parse({
    ...definition,
    caseId: { from: 'page', selector: '#case-id' },
  });
  document.body.insertAdjacentHTML('afterbegin', '<span id="case-id">T-7</span>');
  expect(extractDeclarative(fromPage, document, url)).toMatchObject({
    ok: true,
    case: { id: 'T-7' },
  });
  document.body.insertAdjacentHTML('beforeend', '<form id="case-id"><input value="T-8"></form>');
  expect(extractDeclarative(fromPage, document, url)).toEqual({
    ok: false,
    problem: expect.stringContaining('2 elements claim the case id'),
  });
  document.body.insertAdjacentHTML('beforeend', '<table class="thread"></table>');
  expect(extractDeclarative(def, document, url)).toEqual({
    ok: false,
    problem: expect.stringContaining('Two case views'),
  });
});

test('only matching case pages get the adapter, and items can be located for highlighting', () => {
  const adapter = toAdapter(def);
  expect(adapter.isCasePage(url)).toBe(true);
  expect(adapter.isCasePage(new URL('https://help.acme.test/list'))).toBe(false);
  expect(adapter.isCasePage(new URL('https://other.test/view?ticket=T-7'))).toBe(false);
  expect(adapter.locateItem(document, 'm2')?.textContent).toContain('Agent');
  expect(adapter.locateItem(document, 'ghost')).toBeUndefined();
});

test('invalid definitions name the field and the problem', () => {
  const result = declarativeAdapterSchema.safeParse({
    ...definition,
    matches: ['<all_urls>'],
    caseId: { from: 'url', regex: '([' },
    items: { selector: '' },
  });
  expect(result.success).toBe(false);
  const problems = describeAdapterProblems(result.error!);
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^matches\.0: .*all_urls/),
      expect.stringMatching(/^caseId\.regex: Not a valid regular expression/),
      expect.stringMatching(/^items\.selector: Give a CSS selector/),
      expect.stringMatching(/^items\.text: /),
    ]),
  );
});
