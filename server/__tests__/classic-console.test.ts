import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { classicConsole } from '../../utils/case/adapters/classic-console';
import { extractChecked } from '../../utils/case/self-check';
import { getStoredCase, type StoredCase } from '../db/cases';
import { putCases } from '../db/write-cases';
import { createApp, openDatabase, seedCases, seedDatabase } from '../index';

const db = openDatabase(':memory:');
seedDatabase(db, new Date('2026-11-20T12:00:00Z'));
const app = createApp(db);
afterAll(() => db.close());

const ORIGIN = 'http://127.0.0.1:4317';
const window = new Window({ url: ORIGIN });

async function page(path: string) {
  const response = await app.request(`${ORIGIN}${path}`);
  const html = await response.text();
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { response, html, doc, url: new URL(`${ORIGIN}${path}`) };
}

/** What the classic page must show of a stored case: times as ISO, media URLs absolute. */
function expectedItems(id: string) {
  return getStoredCase(db, id)!.items.map((item) => ({
    ...item,
    time: item.time && new Date(item.time).toISOString(),
    media: item.media.map((m) => ({ ...m, url: new URL(m.url, ORIGIN).href })),
  }));
}

describe('classic console list', () => {
  it.each(['/classic', '/classic/tickets'])('lists every case at %s with links', async (path) => {
    const { response, doc } = await page(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const links = Array.from(doc.querySelectorAll('table.listing a')).map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual(seedCases().map((c) => `/classic/ticket?id=${c.id}`));
  });

  it('redirects a trailing slash to the page without it', async () => {
    const response = await app.request('/classic/');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toMatch(/\/classic$/);
  });
});

describe('classic console ticket page', () => {
  it('renders every message in order, read back whole by the built-in adapter', async () => {
    for (const id of ['C-1001', 'C-1007', 'C-1010', 'C-1012']) {
      const { response, html, doc, url } = await page(`/classic/ticket?id=${id}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      // The id is in the URL only.
      expect(html).not.toContain(id);
      const read = extractChecked(classicConsole, doc, url);
      expect(read.ok && read.case.items).toEqual(expectedItems(id));
      expect(read.ok && read.missing).toEqual([]);
    }
  });

  it('shows metadata as th/td rows with ISO times in title', async () => {
    const { doc } = await page('/classic/ticket?id=C-1001');
    const rows = Array.from(doc.querySelectorAll('table.ticket-props tr'));
    expect(rows.map((tr) => tr.querySelector('th')?.textContent)).toEqual([
      'Status',
      'Queue',
      'Priority',
      'Created',
      'SLA due',
      'Reporter',
      'Reported account',
    ]);
    const created = doc.querySelector('tr.prop-created .ts');
    const iso = new Date(getStoredCase(db, 'C-1001')!.createdAt!).toISOString();
    expect(created?.getAttribute('title')).toBe(iso);
    expect(created?.textContent).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{2}:\d{2}$/);
  });

  it('keeps right-to-left text intact', async () => {
    const { html } = await page('/classic/ticket?id=C-1012');
    expect(html).toContain('مرحبا، هل الحذاء أصلي فعلا؟ السعر منخفض جدا.');
  });

  it('shows hostile text as text', async () => {
    const hostile: StoredCase = {
      id: 'C-6666',
      subject: '<script>alert("subject")</script>',
      status: 'open" onmouseover="alert(1)',
      reporter: { name: '<b>bold</b>', handle: "@x'><svg onload=alert(1)>" },
      items: [
        {
          id: 'm-1',
          author: '</td></tr></table>',
          role: 'reported',
          text: '<script>alert(1)</script>',
          media: [],
        },
        {
          id: 'm-2',
          author: 'x',
          role: 'other',
          text: '<img src=x onerror=alert(2)> & &amp;',
          media: [],
        },
      ],
    };
    putCases(db, [hostile]);
    const { html, doc, url } = await page('/classic/ticket?id=C-6666');
    expect(html).not.toMatch(/<script>alert|<img src=x|<svg|<b>bold|" onmouseover/);
    expect(doc.querySelectorAll('script, svg, b.bold, [onerror], [onmouseover]')).toHaveLength(0);
    const read = classicConsole.extract(doc, url);
    expect(read.ok && read.case.subject).toBe(hostile.subject);
    expect(read.ok && read.case.status).toBe(hostile.status);
    expect(read.ok && read.case.reporter).toEqual({ ...hostile.reporter, id: undefined });
    expect(read.ok && read.case.items.map((i) => [i.author, i.text])).toEqual(
      hostile.items.map((i) => [i.author, i.text]),
    );
  });

  it.each(['/classic/ticket?id=C-0000', '/classic/ticket', '/classic/ticket?id=', '/classic/nope'])(
    'answers an HTML 404 for %s',
    async (path) => {
      const { response, doc } = await page(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(doc.querySelector('table.ticket-props')).toBeNull();
    },
  );
});

describe('classic console design 2', () => {
  it('moves the thread out of its table and keeps everything else', async () => {
    const v1 = await page('/classic/ticket?id=C-1012');
    const v2 = await page('/classic/ticket?id=C-1012&design=2');
    expect(v2.response.status).toBe(200);
    expect(v2.doc.querySelector('table.ticket-thread, tr.msg')).toBeNull();
    const entries = v2.doc.querySelectorAll('div.conversation > article.entry[data-entry]');
    expect(Array.from(entries).map((e) => e.getAttribute('data-entry'))).toEqual(
      expectedItems('C-1012').map((i) => i.id),
    );
    for (const unchanged of ['table.ticket-props', 'h2.ticket-title']) {
      expect(v2.doc.querySelector(unchanged)?.outerHTML).toBe(
        v1.doc.querySelector(unchanged)?.outerHTML,
      );
    }
  });

  it('breaks the built-in adapter in a way its self-check reports', async () => {
    const { doc, url } = await page('/classic/ticket?id=C-1012&design=2');
    expect(doc.querySelector(classicConsole.readySelector)).not.toBeNull();
    const read = extractChecked(classicConsole, doc, url);
    expect(read).toMatchObject({ ok: false, broken: ['items'] });
    expect(!read.ok && read.problem).toContain('items (table.ticket-thread tr.msg[data-msg])');
  });
});
