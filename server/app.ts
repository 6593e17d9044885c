import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { createApiRoutes, type ApiOptions } from './api/routes';
import { sendError } from './api/respond';
import { createDesignSwitch, type ClassicDesign } from './classic/design';
import { createClassicRoutes } from './classic/routes';
import { addHealthRoutes } from './instances/health-routes';
import { createLifecycle, type Lifecycle } from './instances/lifecycle';
import { createConsoleRoutes } from './web/console-pages';

export interface AppOptions extends ApiOptions {
  /**
   * Markup of the classic console's ticket pages at start: 1 (default) or 2, the redesign
   * whose thread the classic adapter cannot find. With `faults: true` it can be switched at
   * run time (`POST /api/_faults {"classicDesign": 2}`).
   */
  classicDesign?: ClassicDesign;
  /**
   * Serve the demo console (`/console`) and the classic console (`/classic`): stand-ins for a
   * team's own tools, with unauthenticated backends that show the stored cases (gold copies
   * included). `startCaseApi` serves them with the demo only; default true here for tests.
   */
  demoConsoles?: boolean;
  /** Whether this instance is shutting down, for `/readyz`; `startCaseApi` owns it. */
  lifecycle?: Lifecycle;
}

/**
 * The whole HTTP surface: the case API under `/api`, and with `demoConsoles` the demo console
 * under `/console` and the classic console under `/classic`. Kept separate from listening so it can also be driven
 * in-process with `app.request()`.
 */
export function createApp(db: Database, options: AppOptions = {}): Hono {
  const app = new Hono();
  const classicDesign = createDesignSwitch(options.classicDesign);

  addHealthRoutes(app, db, options.lifecycle ?? createLifecycle());
  app.route('/api', createApiRoutes(db, options, classicDesign));
  if (options.demoConsoles ?? true) {
    app.route('/console', createConsoleRoutes(db));
    app.route('/classic', createClassicRoutes(db, classicDesign));
    app.get('/', (c) => c.redirect('/console'));
  }

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    // Includes a response that failed its schema: a server bug, so say so loudly.
    console.error(`[caselight-server] ${c.req.method} ${c.req.path}:`, error);
    return sendError(c, 500, 'internal', 'Internal server error.');
  });
  app.notFound((c) => c.text('Not found', 404));

  return app;
}
