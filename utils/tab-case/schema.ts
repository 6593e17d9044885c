import { z } from 'zod';
import { extractionMessageSchema } from '../messaging/protocol';

/**
 * What the background knows about the case in one tab. Kept in `storage.session` (never
 * readable by content scripts) so it survives the service worker being stopped, and so every
 * panel showing that tab sees changes through `storage.onChanged`.
 */
export const tabCaseStateSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('reading'),
    adapterId: z.string(),
    url: z.string(),
    at: z.number(),
  }),
  z.object({ status: z.literal('ready'), extraction: extractionMessageSchema, at: z.number() }),
  z.object({
    status: z.literal('unreadable'),
    adapterId: z.string(),
    url: z.string(),
    problem: z.string(),
    at: z.number(),
  }),
]);

export type TabCaseState = z.infer<typeof tabCaseStateSchema>;
