import { syncGuidance } from '../guidance/sync';
import { syncIncidents } from '../incidents/sync';
import type { Handlers } from '../messaging/router';

type GuidanceHandlers = Pick<Handlers, 'guidance:sync-now' | 'incidents:sync-now'>;

export const guidanceHandlers: GuidanceHandlers = {
  // Shares a check already running, so ten panels opening at once make one request.
  'guidance:sync-now': ({ maxAgeMs }) => syncGuidance({ maxAgeMs }),
  'incidents:sync-now': ({ maxAgeMs }) => syncIncidents({ maxAgeMs }),
};
