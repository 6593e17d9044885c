import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { encodeJson } from '../api/respond';

/**
 * What the case API answers to one decision: a status and the JSON text of the body, already
 * checked against its schema. Kept as text because idempotent replays repeat it byte for byte,
 * and the batch endpoint embeds it unchanged as one item's result.
 */
export interface Answer {
  status: ContentfulStatusCode;
  body: string;
  /** The first answer to this key, repeated (`Idempotent-Replayed: true`). */
  replayed?: boolean;
  /** Ask the client to wait this long before retrying (`Retry-After`). */
  retryAfterSeconds?: number;
}

export const refuse = (status: ContentfulStatusCode, code: string, message: string): Answer => ({
  status,
  body: encodeJson(apiErrorSchema, { error: { code, message } }),
});

export const inFlight = (): Answer => ({
  ...refuse(
    409,
    'in_flight',
    'A request with this Idempotency-Key is still being processed; retry shortly.',
  ),
  retryAfterSeconds: 1,
});
