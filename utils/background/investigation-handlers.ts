import { browser } from 'wxt/browser';
import { caseApiFetch, caseApiGet, CaseApiError, serverMessage } from '../case-api/client';
import type { InvestigationOp } from '../investigations/investigation-messages';
import { recordCaseEntities } from '../investigations/record';
import {
  investigationNoteSchema,
  investigationPath,
  investigationSchema,
} from '../investigations/schema';
import type { Handlers } from '../messaging/router';
import type { ResponseMap } from '../messaging/protocol';
import { readTabCase } from '../tab-case/store';

type Answer = ResponseMap['investigation:request'];

async function run(request: InvestigationOp): Promise<Answer> {
  const { console, caseId } = request;
  if (request.op === 'load') {
    const investigation = await caseApiGet(investigationPath(console, caseId), investigationSchema);
    return { ok: true, op: 'load', investigation };
  }
  if (request.op === 'note') {
    const path = investigationPath(console, caseId, 'investigation/notes');
    const response = await caseApiFetch(path, { method: 'POST', body: { text: request.text } });
    if (!response.ok) return { ok: false, message: await serverMessage(response) };
    return { ok: true, op: 'note', note: investigationNoteSchema.parse(await response.json()) };
  }
  const path = investigationPath(console, caseId, `investigation/export?format=${request.format}`);
  const response = await caseApiFetch(path);
  if (!response.ok) return { ok: false, message: await serverMessage(response) };
  const filename = `investigation-${console}-${caseId}.${request.format}`.replace(/[^\w.-]/g, '_');
  const mimeType = request.format === 'csv' ? 'text/csv' : 'application/json';
  return { ok: true, op: 'export', filename, mimeType, text: await response.text() };
}

/** "Investigate" in the panel, and the investigation page's reads and writes. */
export const investigationHandlers: Pick<Handlers, 'investigation:open' | 'investigation:request'> =
  {
    'investigation:open': async ({ tabId }) => {
      const state = await readTabCase(tabId);
      if (state?.status !== 'ready') return { ok: false, message: 'No case is open on this tab.' };
      const found = state.extraction.case;
      try {
        // Recorded first: the investigation must include what this case holds right now.
        await recordCaseEntities(found, true);
      } catch (error) {
        if (error instanceof CaseApiError) return { ok: false, message: error.message };
        throw error;
      }
      const query = new URLSearchParams({ console: found.console, case: found.id });
      await browser.tabs.create({ url: browser.runtime.getURL(`/investigate.html?${query}`) });
      return { ok: true };
    },
    'investigation:request': async ({ request }) => {
      try {
        return await run(request);
      } catch (error) {
        if (error instanceof CaseApiError) return { ok: false, message: error.message };
        throw error;
      }
    },
  };

/** When a panel shows a case: recorded in passing, a failure only delays its linking. */
export async function recordShownCase(tabId: number): Promise<void> {
  const state = await readTabCase(tabId);
  if (state?.status === 'ready') await recordCaseEntities(state.extraction.case);
}
