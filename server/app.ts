import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { createApiRoutes, type ApiOptions } from './api/routes';
import { sendError } from './api/respond';
import { createConsoleRoutes } from './web/console-pages';

/**
 * The whole HTTP surface: the case API under `/api`, the demo console under `/console`.
 * Kept separate from listening so it can also be driven in-process with `app.request()`.
 */
export function createApp(db: Database, options: ApiOptions = {}): Hono {
  const app = new Hono();

  app.route('/api', createApiRoutes(db, options));
  app.route('/console', createConsoleRoutes(db));
  app.get('/', (c) => c.redirect('/console'));

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    // Includes a response that failed its schema: a server bug, so say so loudly.
    console.error(`[caselight-server] ${c.req.method} ${c.req.path}:`, error);
    return sendError(c, 500, 'internal', 'Internal server error.');
  });
  app.notFound((c) => c.text('Not found', 404));

  return app;
}
