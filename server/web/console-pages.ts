import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import { createConsoleApiRoutes } from './console-api';
import { readConsoleFile, staticResponse } from './static-files';

/** The HTML shell, for every console path that is not an asset or the backend. */
async function shell(): Promise<Response> {
  const file = await readConsoleFile('', 'index.html');
  if (file === undefined) throw new Error('server/console/index.html is missing');
  const response = staticResponse(file);
  // The shell is tiny and must never be stale after a server upgrade.
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

/**
 * The demo console, mounted at `/console`: its backend, its assets and media, and one HTML
 * shell for every other path. The shell's script renders by `location.pathname`, which is
 * what makes deep links (`/console/cases/C-1001`) and client-side navigation both work.
 */
export function createConsoleRoutes(db: Database): Hono {
  const web = new Hono();

  web.route('/api', createConsoleApiRoutes(db));
  web.get('/assets/:file', async (c) =>
    staticResponse(await readConsoleFile('', c.req.param('file'))),
  );
  web.get('/media/:file', async (c) =>
    staticResponse(await readConsoleFile('media', c.req.param('file'))),
  );
  // A missing asset must stay a 404; answering with the shell would hide broken links.
  web.get('/assets/*', () => staticResponse(undefined));
  web.get('/media/*', () => staticResponse(undefined));

  web.get('/', shell);
  web.get('/*', shell);

  return web;
}
