import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import { healthSchema, meSchema } from '../../utils/case-api/schema';
import { caseSettings, type CaseOptions } from '../cases/case-settings';
import { createDesignSwitch, type DesignSwitch } from '../classic/design';
import { SERVICE_NAME, SERVICE_VERSION } from '../version';
import { addAdminRoutes } from './admin-routes';
import { requireBearer, type ApiEnv } from './auth';
import { addCaseRoutes } from './case-routes';
import { addDecisionRoutes } from './decision-routes';
import { addFeedbackRoutes } from '../feedback/routes';
import { addIncidentRoutes } from '../incidents/routes';
import { addEscalationRoutes } from '../escalations/routes';
import { addInvestigationRoutes } from '../investigations/routes';
import { createFaults } from './faults';
import { addGuidanceRoutes } from './guidance-routes';
import { addTrainingRoutes } from './training-routes';
import { buildOpenApiDocument } from './openapi';
import { addQaRoutes } from '../qa/routes';
import type { PreReviewModel } from '../prereview/config';
import { addPreReviewRoutes } from '../prereview/routes';
import { addSlaRoutes } from '../ops/sla-routes';
import { addOpsSummaryRoutes } from '../ops/summary-routes';
import { addSsoRoutes } from '../oidc/routes';
import { addExposureRoutes } from '../wellness/routes';
import type { OidcSettings } from '../oidc/verify-id-token';
import { sendError, sendJson } from './respond';

/** `hostedConsoles`, `strictCases`, `keepCaseText`, `caseTextRetentionDays`: `CaseOptions`. */
export interface ApiOptions extends CaseOptions {
  /** The server's idea of now (receipt times, key expiry); injectable so tests can move it. */
  clock?: () => Date;
  /** Simulated processing time for decision POSTs, so tests can overlap two requests. */
  decisionDelayMs?: number;
  /** Mounts `/api/_faults` (fault injection for decision POSTs). Never in production. */
  faults?: boolean;
  /** Sign-in through the team's OpenID Connect provider; without it, bearer tokens only. */
  oidc?: OidcSettings;
  /** The team's policy model for pre-review (server-side key); without it pre-review is off. */
  preReview?: PreReviewModel;
}

/**
 * The case API, mounted at `/api`. `classicDesign` is the classic console's switch, which the
 * faults control can flip; the app shares it with the classic pages.
 */
export function createApiRoutes(
  db: Database,
  options: ApiOptions = {},
  classicDesign: DesignSwitch = createDesignSwitch(),
): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  const clock = options.clock ?? (() => new Date());
  const auth = requireBearer(db, clock);
  const faults = options.faults ? createFaults(classicDesign) : undefined;
  const cases = caseSettings(options);

  // Public: monitoring and the contract itself.
  api.get('/health', (c) =>
    sendJson(c, healthSchema, { ok: true, service: SERVICE_NAME, version: SERVICE_VERSION }),
  );
  api.get('/openapi.json', (c) => c.json(buildOpenApiDocument(new URL(c.req.url).origin)));

  // Everything else needs a bearer token; listed explicitly so an unknown path is a 404
  // rather than a misleading 401.
  api.use('/me', auth);
  api.use('/cases', auth);
  api.use('/cases/*', auth);
  api.use('/accounts/*', auth);
  api.use('/consoles/*', auth);
  api.use('/case-policy', auth);
  api.use('/decisions', auth);
  api.use('/qa/*', auth);
  api.use('/ops/*', auth);

  // Test control without a token: it only exists on servers started with `faults: true`.
  if (faults) api.route('/_faults', faults.control);

  api.get('/me', (c) => sendJson(c, meSchema, c.get('me')));

  addCaseRoutes(api, db, cases, clock);
  addDecisionRoutes(api, db, {
    clock,
    decisionDelayMs: options.decisionDelayMs ?? 0,
    cases,
    injectFault: faults?.inject,
  });

  addGuidanceRoutes(api, db, { clock: options.clock });
  addTrainingRoutes(api, db, clock);
  addAdminRoutes(api, db, clock);
  addFeedbackRoutes(api, db, clock);
  addIncidentRoutes(api, db, clock);
  addQaRoutes(api, db, clock, cases);
  addPreReviewRoutes(api, db, cases, clock, options.preReview);
  addSlaRoutes(api, db, cases);
  addOpsSummaryRoutes(api, db);
  addInvestigationRoutes(api, db, cases, clock);
  addSsoRoutes(api, db, options.oidc, clock);
  addExposureRoutes(api, db, clock);
  addEscalationRoutes(api, db, cases, clock);

  // A catch-all rather than notFound(): a mounted sub-app's notFound handler is not used.
  api.all('*', (c) =>
    sendError(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`),
  );
  return api;
}
