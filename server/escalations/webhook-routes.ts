import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import { z } from 'zod';
import {
  webhookInputSchema,
  webhookListSchema,
  webhookSchema,
  type Webhook,
} from '../../utils/escalations/webhook-schema';
import type { ApiEnv } from '../api/auth';
import { readJsonBody, summariseIssues } from '../api/read-json';
import { sendError, sendJson } from '../api/respond';
import { appendAudit } from '../db/audit';
import { prepared } from '../db/statements';

/**
 * Admins configure where escalation events go (`/admin/*` is admins only, in `admin-routes.ts`).
 * The secret is write-only: no answer ever carries it back. Every change is audited.
 */
const rowSchema = z.object({
  id: z.string(),
  url: z.string(),
  created_by: z.string(),
  created_at: z.string(),
});
const toWebhook = (raw: unknown): Webhook => {
  const row = rowSchema.parse(raw);
  return { id: row.id, url: row.url, createdBy: row.created_by, createdAt: row.created_at };
};

export function listWebhooks(db: Database): Webhook[] {
  return prepared(
    db,
    'SELECT id, url, created_by, created_at FROM escalation_webhooks WHERE removed_at IS NULL ORDER BY created_at',
  )
    .all()
    .map(toWebhook);
}

export function addWebhook(
  db: Database,
  input: z.infer<typeof webhookInputSchema>,
  by: string,
  at: string,
): Webhook {
  const id = `wh_${randomUUID().slice(0, 8)}`;
  prepared(
    db,
    'INSERT INTO escalation_webhooks (id, url, secret, created_by, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(id, input.url, input.secret, by, at);
  appendAudit(
    db,
    { actor: by, action: 'escalation-webhook.add', target: id, detail: { url: input.url } },
    at,
  );
  return { id, url: input.url, createdBy: by, createdAt: at };
}

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
    const id = c.req.param('id');
    const at = clock().toISOString();
    const { changes } = prepared(
      db,
      'UPDATE escalation_webhooks SET removed_at = ? WHERE id = ? AND removed_at IS NULL',
    ).run(at, id);
    if (changes !== 1) return sendError(c, 404, 'not_found', 'No such webhook.');
    appendAudit(
      db,
      { actor: c.get('me').id, action: 'escalation-webhook.remove', target: id, detail: {} },
      at,
    );
    return c.body(null, 204);
  });
}
