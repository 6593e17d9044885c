import { webhookInputSchema } from '../../utils/escalations/webhook-schema';
import type { ActionResult } from '../accounts/audited';
import { addWebhook, listWebhooks, removeWebhook } from '../escalations/webhooks';
import type { CommandInput } from './cli-commands';

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** `webhook add|list|remove`: where escalation events go, as the admin routes do it. */
export const webhookCommands: Record<string, (input: CommandInput) => ActionResult<unknown>> = {
  'webhook add': ({ ctx, values }) => {
    const parsed = webhookInputSchema.safeParse({
      url: str(values.url),
      secret: str(values.secret),
    });
    if (!parsed.success) {
      const message = parsed.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ');
      return { ok: false, problem: 'invalid', message };
    }
    return { ok: true, value: addWebhook(ctx.db, parsed.data, ctx.actor, ctx.now.toISOString()) };
  },
  'webhook list': ({ db }) => ({ ok: true, value: { webhooks: listWebhooks(db) } }),
  'webhook remove': ({ ctx, args }) =>
    removeWebhook(ctx.db, args[0] ?? '', ctx.actor, ctx.now.toISOString())
      ? { ok: true, value: { removed: args[0] } }
      : { ok: false, problem: 'not_found', message: 'No such webhook.' },
};
