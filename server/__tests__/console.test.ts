import { describe, expect, it } from 'vitest';
import { storedCaseSchema } from '../db/cases';
import { caseListSchema } from '../../utils/case-api/schema';
import { useServer } from './helpers';

const { get, server } = useServer();

describe('demo console pages', () => {
  it.each(['/console', '/console/', '/console/cases', '/console/cases/C-1001', '/console/x/y'])(
    'serves the HTML shell for %s',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain('<main id="console-main"><p class="loading">Loading…</p></main>');
      expect(html).toContain('/console/assets/app.js');
      // The shell never contains a case; the script renders it after fetching.
      expect(html).not.toContain('case-view');
    },
  );

  it('redirects / to the console', async () => {
    const response = await fetch(`${server().url}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/console');
  });

  it.each([
    ['/console/assets/app.js', /^text\/javascript/],
    ['/console/assets/case-view.js', /^text\/javascript/],
    ['/console/assets/console.css', /^text\/css/],
    ['/console/assets/favicon.svg', /^image\/svg\+xml/],
    ['/console/media/graphic-violence-placeholder.svg', /^image\/svg\+xml/],
    ['/console/media/listing-front.svg', /^image\/svg\+xml/],
  ])('serves %s with the right content type', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    '/console/media/nope.svg',
    '/console/media/..%2Fapp.js',
    '/console/assets/..%2F..%2Fmain.ts',
    '/console/assets/main.ts',
    '/console/assets/sub/app.js',
  ])('answers 404 for %s', async (path) => {
    expect((await get(path)).status).toBe(404);
  });
});

describe('demo console backend', () => {
  it('lists cases without a token', async () => {
    const response = await get('/console/api/cases');
    expect(response.status).toBe(200);
    expect(caseListSchema.parse(await response.json()).cases.length).toBeGreaterThanOrEqual(12);
  });

  it('returns a case with relative media URLs', async () => {
    const c = storedCaseSchema.parse(await (await get('/console/api/cases/C-1007')).json());
    expect(c.items[0]?.media[0]?.url).toBe('/console/media/graphic-violence-placeholder.svg');
  });

  it('answers JSON 404s for unknown cases and routes, never the shell', async () => {
    for (const path of ['/console/api/cases/C-0000', '/console/api/nope']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });
});
