import type { Database } from 'better-sqlite3';
import type { Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  MAX_PACK_BYTES,
  guidancePanelListSchema,
  guidanceVersionListSchema,
  guidanceVersionSummarySchema,
  packRejectedSchema,
  publishRequestSchema,
} from '../../utils/guidance/api-schema';
import { matchesIfNoneMatch } from '../guidance/etag';
import { listPanels, recordFetch } from '../guidance/fetches';
import { publishVersion } from '../guidance/publish';
import {
  findVersion,
  latestVersion,
  listVersions,
  seedDefaultGuidance,
} from '../guidance/versions';
import { requireBearer, type ApiEnv } from './auth';
import { readJsonBody, summariseIssues } from './read-json';
import { sendError, sendJson } from './respond';

/**
 * Guidance: every panel polls `GET /guidance/current` (conditional, by ETag) and policy leads
 * publish new versions. Mounted by `routes.ts`; applies its own bearer check.
 */

const BEARER = /^Bearer[ \t]+([^\s]+)/i;

/** Publishing and seeing who is on which version is for policy leads and admins. */
const leadsOnly: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const { role } = c.get('me');
  if (role !== 'policy-lead' && role !== 'admin') {
    return sendError(c, 403, 'forbidden', 'Only policy leads and admins can do this.');
  }
  await next();
};

export function addGuidanceRoutes(
  api: Hono<ApiEnv>,
  db: Database,
  options: { clock?: () => Date } = {},
): void {
  const clock = options.clock ?? (() => new Date());
  seedDefaultGuidance(db);
  api.use('/guidance/*', requireBearer(db, clock));
  // Above the pack's own cap: the envelope adds a little, and the exact cap is checked on the pack.
  const tooLarge = bodyLimit({
    maxSize: MAX_PACK_BYTES + 64 * 1024,
    onError: (c) => sendError(c, 413, 'payload_too_large', 'A guidance pack is at most 2 MiB.'),
  });

  api.get('/guidance/current', (c) => {
    const current = latestVersion(db);
    if (!current) return sendError(c, 404, 'not_found', 'No guidance has been published.');
    const token = BEARER.exec(c.req.header('authorization') ?? '')?.[1];
    if (token) recordFetch(db, token, c.get('me'), current.version, clock());
    // no-cache: a cache may keep it but must ask again every time, which is what we want.
    const headers = { ETag: current.etag, 'Cache-Control': 'no-cache' };
    if (matchesIfNoneMatch(c.req.header('if-none-match'), current.etag)) {
      return c.body(null, 304, headers);
    }
    return c.body(current.pack, 200, { ...headers, 'Content-Type': 'application/json' });
  });

  api.get('/guidance/versions', (c) =>
    sendJson(c, guidanceVersionListSchema, { versions: listVersions(db) }),
  );

  api.get('/guidance/versions/:version', (c) => {
    const version = Number(c.req.param('version'));
    const stored = Number.isSafeInteger(version) ? findVersion(db, version) : undefined;
    if (!stored)
      return sendError(c, 404, 'not_found', `No guidance version ${c.req.param('version')}.`);
    return c.body(stored.pack, 200, { ETag: stored.etag, 'Content-Type': 'application/json' });
  });

  api.post('/guidance/versions', leadsOnly, tooLarge, async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not JSON.');
    const request = publishRequestSchema.safeParse(body.value);
    if (!request.success)
      return sendError(c, 400, 'invalid_request', summariseIssues(request.error));
    const outcome = publishVersion(db, request.data, c.get('me'), clock());
    if (!outcome.ok && outcome.status === 422) {
      const { code, message, issues } = outcome;
      return sendJson(c, packRejectedSchema, { error: { code, message }, issues }, 422);
    }
    if (!outcome.ok) return sendError(c, outcome.status, outcome.code, outcome.message);
    const { pack: _pack, etag, ...summary } = outcome.stored;
    c.header('ETag', etag);
    c.header('Location', `/api/guidance/versions/${summary.version}`);
    return sendJson(c, guidanceVersionSummarySchema, summary, 201);
  });

  api.get('/guidance/panels', leadsOnly, (c) => {
    const currentVersion = latestVersion(db)?.version ?? 1;
    return sendJson(c, guidancePanelListSchema, {
      currentVersion,
      panels: listPanels(db, currentVersion),
    });
  });
}
