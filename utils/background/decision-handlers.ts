import { caseApiGet, CaseApiError } from '../case-api/client';
import {
  discardDecision,
  retryDecisions,
  submitDecision,
  undoDecision,
} from '../decisions/outbox-service';
import { decisionHistorySchema } from '../decisions/schema';
import type { Handlers } from '../messaging/router';
import { readSettings } from '../settings/storage';

type DecisionHandlers = Pick<
  Handlers,
  'decision:submit' | 'decision:undo' | 'outbox:retry' | 'outbox:discard' | 'decisions:history'
>;

export const decisionHandlers: DecisionHandlers = {
  'decision:submit': async ({ decision }) => {
    const { decisions } = await readSettings();
    const entry = await submitDecision(decision, decisions.undoWindowSeconds * 1000);
    return { state: entry.state, notBefore: entry.notBefore };
  },
  'decision:undo': async ({ decisionId }) => ({ result: await undoDecision(decisionId) }),
  'outbox:retry': async ({ decisionIds }) => {
    await retryDecisions(decisionIds);
    return { ok: true };
  },
  'outbox:discard': async ({ decisionId }) => ({ discarded: await discardDecision(decisionId) }),
  'decisions:history': async ({ caseId, accountId }) => {
    try {
      const forCase = await caseApiGet(
        `/cases/${encodeURIComponent(caseId)}/decisions`,
        decisionHistorySchema,
      );
      const forAccount = accountId
        ? await caseApiGet(
            `/accounts/${encodeURIComponent(accountId)}/decisions`,
            decisionHistorySchema,
          )
        : { decisions: [] };
      return { ok: true, caseDecisions: forCase.decisions, accountDecisions: forAccount.decisions };
    } catch (error) {
      if (error instanceof CaseApiError) return { ok: false, message: error.message };
      throw error;
    }
  },
};
