import type { Database } from 'better-sqlite3';
import { Hono, type Context } from 'hono';
import { trimTrailingSlash } from 'hono/trailing-slash';
import { getStoredCase, listCaseSummaries } from '../db/cases';
import { designFor, pinnedDesign, type DesignSwitch } from './design';
import { listPage } from './list-page';
import { notFoundPage, ticketPage } from './ticket-page';

/**
 * The classic console, mounted at `/classic`: a server-rendered, table-based admin tool with
 * a structure unlike the demo console's, for a second built-in adapter and for leads writing
 * their own. `?design=2` (or the server-wide switch) serves the redesigned thread markup.
 */
export function createClassicRoutes(db: Database, design: DesignSwitch): Hono {
  const web = new Hono();
  // `/classic/` and `/classic/tickets/` (old bookmarks) redirect to the slashless page.
  web.use(trimTrailingSlash());

  // Links keep a pinned `?design=` so a tester can browse the redesign without the switch.
  const list = (c: Context) =>
    c.html(listPage(listCaseSummaries(db), pinnedDesign(c.req.query('design'))));
  web.get('/', list);
  web.get('/tickets', list);

  web.get('/ticket', (c) => {
    const id = c.req.query('id');
    const stored = id ? getStoredCase(db, id) : undefined;
    if (stored === undefined) return c.html(notFoundPage(), 404);
    // Design 2 is switched at run time: never let a cache pin the old markup.
    c.header('Cache-Control', 'no-store');
    return c.html(ticketPage(stored, designFor(c.req.query('design'), design)));
  });

  web.all('*', (c) => c.html(notFoundPage(), 404));
  return web;
}
