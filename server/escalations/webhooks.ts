import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Webhook, WebhookInput } from '../../utils/escalations/webhook-schema';
import { appendAudit } from '../db/audit';
import { prepared } from '../db/statements';

/**
 * The configured escalation webhooks, shared by the admin routes and the admin CLI. A removed
 * webhook stays as a row: deliveries recorded for it keep naming it.
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

export function addWebhook(db: Database, input: WebhookInput, by: string, at: string): Webhook {
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

export function removeWebhook(db: Database, id: string, by: string, at: string): boolean {
  const { changes } = prepared(
    db,
    'UPDATE escalation_webhooks SET removed_at = ? WHERE id = ? AND removed_at IS NULL',
  ).run(at, id);
  if (changes !== 1) return false;
  appendAudit(db, { actor: by, action: 'escalation-webhook.remove', target: id, detail: {} }, at);
  return true;
}
