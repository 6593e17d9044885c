// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { declarativeAdapterSchema } from '../schema';
import { extractDeclarative } from '../to-adapter';

const def = declarativeAdapterSchema.parse({
  format: 'caselight-adapter/1',
  id: 'mail-console',
  name: 'Mail console',
  matches: ['https://mail.example.test/*'],
  ready: '.case',
  caseId: { from: 'url', regex: '/case/(\\w+)' },
  subject: { selector: 'h1' },
  items: {
    selector: '.mail',
    author: { selector: '.from' },
    text: { selector: '.body' },
  },
});
const url = new URL('https://mail.example.test/case/M1');

test('message text keeps its line breaks and folded-away text; one-line fields stay one line', () => {
  document.body.innerHTML = `
    <div class="case"><h1>Refund<br>request</h1>
      <div class="mail"><b class="from"><span>Ann</span><div>Customer</div></b>
        <div class="body">Hi,<br>I want to report   a  seller.
          <p>They took the money.</p><p>Twice.</p>
          <blockquote style="display:none">&gt; earlier mail</blockquote>
          <details><summary>Show more</summary>folded text</details>
          <script>track()</script><span hidden>hidden</span><span aria-hidden="true">•</span>
          <ul><li>one</li><li>two</li></ul><div><br></div><div>Thanks\u200B</div></div></div></div>`;
  const actual = extractDeclarative(def, document, url);
  expect(actual.ok && actual.case.subject).toBe('Refund request');
  expect(actual.ok && actual.case.items[0]!.author).toBe('Ann Customer');
  expect(actual.ok && actual.case.items[0]!.text).toBe(
    [
      'Hi,',
      'I want to report a seller.',
      '',
      'They took the money.',
      '',
      'Twice.',
      '',
      '> earlier mail',
      'Show more',
      'folded text',
      'one',
      'two',
      '',
      'Thanks',
    ].join('\n'),
  );
});
