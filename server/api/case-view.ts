import type { Case } from '../../utils/case/schema';
import type { StoredCase } from '../db/cases';
import { DEMO_CONSOLE_ID } from '../version';

/** Where the demo console shows a case, on the origin the request came in on. */
export function consoleCaseUrl(origin: string, caseId: string): string {
  return `${origin}/console/cases/${encodeURIComponent(caseId)}`;
}

/**
 * A stored case as the API serves it: tagged with the demo console's adapter id, pointing at
 * its console page, and with media URLs made absolute. Building these from the request's
 * origin keeps the links right whether the server is reached as localhost, 127.0.0.1 or a
 * LAN name, and whatever port a test picked.
 */
export function toApiCase(stored: StoredCase, origin: string): Case {
  return {
    ...stored,
    console: DEMO_CONSOLE_ID,
    url: consoleCaseUrl(origin, stored.id),
    items: stored.items.map((item) => ({
      ...item,
      media: item.media.map((media) => ({ ...media, url: new URL(media.url, origin).href })),
    })),
  };
}
