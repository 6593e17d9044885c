// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { adapters } from '../../case/adapters';
import { toAdapter } from '../../case/declarative/to-adapter';
import { redmineAdapterPreset } from '../../case/presets/redmine-adapter';
import { mediaSelectorOf } from '../media-css';
import { scopesOf } from '../media-setup';

const fixtures = join(import.meta.dirname, '../../case/adapters/__fixtures__');
const load = (name: string) =>
  new DOMParser().parseFromString(
    readFileSync(join(fixtures, `${name}.html`), 'utf8'),
    'text/html',
  );

/** The case each fixture page shows, where it differs from the adapter's example URL. */
const FIXTURE_URLS: Record<string, string> = {
  'demo-console': 'http://127.0.0.1:4317/console/cases/C-1042',
};

describe('where the media filters look for case media', () => {
  test.each(adapters.map((adapter) => [adapter.id, adapter] as const))(
    '%s: every image it reads as case media is filtered, a logo outside the case is not',
    (_, adapter) => {
      const doc = load(adapter.id);
      const url = new URL(FIXTURE_URLS[adapter.id] ?? adapter.exampleUrls[0]!);
      const extraction = adapter.extract(doc, url);
      if (!extraction.ok) throw new Error(extraction.problem);
      const expected = extraction.case.items.flatMap((item) => item.media.map((m) => m.url));
      expect(expected.length).toBeGreaterThan(0);
      const logo = doc.createElement('img');
      logo.src = '/logo.png';
      doc.body.prepend(logo);

      const selector = scopesOf([adapter], url)
        .map((scope) => mediaSelectorOf(scope))
        .join(', ');
      const filtered = [...doc.querySelectorAll(selector)].map(
        (el) => new URL(el.getAttribute('src') ?? '', url).href,
      );

      for (const media of expected) expect(filtered).toContain(media);
      expect(filtered).not.toContain(new URL('/logo.png', url).href);
    },
  );

  test('a declarative adapter covers its items wherever they sit, and its own media selector', () => {
    const adapter = toAdapter({
      ...redmineAdapterPreset('https://redmine.example.org'),
      items: {
        ...redmineAdapterPreset('https://redmine.example.org').items,
        media: { selector: 'a.thumbnail > img', attribute: 'src' },
      },
    });
    const url = new URL('https://redmine.example.org/issues/7');
    const scopes = scopesOf([adapter], url);
    expect(scopes.map((s) => s.ready)).toEqual([
      'div.issue.details',
      'div.issue.details, #history div.journal.has-notes',
    ]);
    expect(scopes[0]!.media).toContain('a.thumbnail > img');
    // Adapters for other sites give this page no scope at all.
    expect(scopesOf([adapter], new URL('https://elsewhere.example.org/issues/7'))).toEqual([]);
  });
});
