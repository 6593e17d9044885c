import { caseApiGet, CaseApiError } from '../case-api/client';
import type { Handlers } from '../messaging/router';
import { slaTodaySchema } from '../ops/sla-schema';

/** The panel footer's SLA line: one GET to a fixed case API path, the query from the message. */
export const slaHandlers: Pick<Handlers, 'sla:today'> = {
  'sla:today': async ({ query }) => {
    const params = new URLSearchParams(query);
    try {
      return { ok: true, sla: await caseApiGet(`/ops/sla-today?${params}`, slaTodaySchema) };
    } catch (error) {
      if (error instanceof CaseApiError) return { ok: false, message: error.message };
      throw error;
    }
  },
};
