import { casePolicy, withCaseTextPolicy } from '../case-api/case-policy';
import { caseApiGet, CaseApiError } from '../case-api/client';
import { accountDecisionsPath, caseDecisionsPath } from '../case-api/paths';
import {
  discardDecision,
  retryDecisions,
  submitDecision,
  undoDecision,
} from '../decisions/outbox-service';
import { decisionHistorySchema } from '../decisions/schema';
import type { Handlers } from '../messaging/router';
import { readSettings } from '../settings/storage';
import { discardWriteback } from '../decisions/writeback-service';

type DecisionHandlers = Pick<
  Handlers,
  | 'decision:submit'
  | 'decision:undo'
  | 'outbox:retry'
  | 'outbox:discard'
  | 'outbox:discard-writeback'
  | 'decisions:history'
>;

export const decisionHandlers: DecisionHandlers = {
  'decision:submit': async ({ decision }) => {
    const { decisions } = await readSettings();
    // Stripped before it is stored: text the team does not keep never reaches the outbox.
    const allowed = await withCaseTextPolicy(decision);
    const entry = await submitDecision(allowed, decisions.undoWindowSeconds * 1000);
    return { state: entry.state, notBefore: entry.notBefore };
  },
  'decision:undo': async ({ decisionId }) => ({ result: await undoDecision(decisionId) }),
  'outbox:retry': async ({ decisionIds }) => {
    await retryDecisions(decisionIds);
    return { ok: true };
  },
  'outbox:discard': async ({ decisionId }) => ({ discarded: await discardDecision(decisionId) }),
  'outbox:discard-writeback': async ({ decisionId, writerId }) => ({
    discarded: await discardWriteback(decisionId, writerId),
  }),
  'decisions:history': async ({ console, caseId, accountId }) => {
    // Asked while the reviewer reads the case, so the decision need not wait for it.
    void casePolicy().catch(() => undefined);
    try {
      const forCase = await caseApiGet(caseDecisionsPath(console, caseId), decisionHistorySchema);
      const forAccount = accountId
        ? await caseApiGet(accountDecisionsPath(console, accountId), decisionHistorySchema)
        : { decisions: [] };
      return { ok: true, caseDecisions: forCase.decisions, accountDecisions: forAccount.decisions };
    } catch (error) {
      if (error instanceof CaseApiError) return { ok: false, message: error.message };
      throw error;
    }
  },
};
