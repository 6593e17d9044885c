import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import {
  webhookInputSchema,
  webhookListSchema,
  webhookSchema,
} from '../../utils/escalations/webhook-schema';
import type { ApiEnv } from '../api/auth';
import { readJsonBody, summariseIssues } from '../api/read-json';
import { sendError, sendJson } from '../api/respond';
import { addWebhook, listWebhooks, removeWebhook } from './webhooks';

/**
 * Admins configure where escalation events go (`/admin/*` is admins only, in `admin-routes.ts`).
 * The secret is write-only: no answer ever carries it back. Every change is audited.
 */
export function addWebhookRoutes(api: Hono<ApiEnv>, db: Database, clock: () => Date): void {
  const path = '/admin/escalation-webhooks';
  api.get(path, (c) => sendJson(c, webhookListSchema, { webhooks: listWebhooks(db) }));

  api.post(path, async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    const parsed = webhookInputSchema.safeParse(body.value);
    if (!parsed.success) return sendError(c, 422, 'invalid_webhook', summariseIssues(parsed.error));
    const webhook = addWebhook(db, parsed.data, c.get('me').id, clock().toISOString());
    return sendJson(c, webhookSchema, webhook, 201);
  });

  // Removed, not deleted: deliveries already recorded keep naming it, and stop being retried.
  api.delete(`${path}/:id`, (c) => {
    const removed = removeWebhook(db, c.req.param('id'), c.get('me').id, clock().toISOString());
    if (!removed) return sendError(c, 404, 'not_found', 'No such webhook.');
    return c.body(null, 204);
  });
}
