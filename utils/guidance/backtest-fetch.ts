import type { CaseApiSession } from '../case-api/client';
import { caseSchema } from '../case/schema';
import { decisionHistorySchema } from '../decisions/schema';
import { backtest } from './backtest';
import { toBacktestInput } from './backtest-input';
import { editorGet } from './editor-client';
import type { EditorBacktestAnswer } from './editor-messages';
import type { GuidancePack } from './schema';

/**
 * Background only: a backtest on the case API's last `limit` decisions. Their score snapshots
 * replay the thresholds; signals need the case text, so the most recently decided cases are
 * read too, up to `maxCases` of them (a decision on a case not read is replayed without
 * signals, and the report says how many were).
 */

type Items = { id: string; text: string }[];

export interface BacktestFetchOptions {
  maxCases?: number;
  concurrency?: number;
}

async function readCases(session: CaseApiSession, ids: string[], concurrency: number) {
  const items = new Map<string, Items>();
  let unread = 0;
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      const answer = await editorGet(session, `/cases/${encodeURIComponent(id)}`, caseSchema);
      if (answer.ok)
        items.set(
          id,
          answer.value.items.map((i) => ({ id: i.id, text: i.text })),
        );
      else unread += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  return { items, unread };
}

export async function runBacktest(
  session: CaseApiSession,
  request: { current: GuidancePack; candidate: GuidancePack; limit: number },
  options: BacktestFetchOptions = {},
): Promise<EditorBacktestAnswer> {
  const history = await editorGet(
    session,
    `/decisions?limit=${request.limit}`,
    decisionHistorySchema,
  );
  if (!history.ok) return history;
  const recorded = history.value.decisions;
  const usable = new Set(toBacktestInput(recorded).decisions.map((d) => d.id));
  // Newest first from the case API: the cases read are the ones decided most recently.
  const caseIds = [...new Set(recorded.filter((d) => usable.has(d.id)).map((d) => d.caseId))];
  const wanted = caseIds.slice(0, options.maxCases ?? 200);
  const { items, unread } = await readCases(session, wanted, options.concurrency ?? 4);
  const input = toBacktestInput(recorded, items);
  return {
    ok: true,
    result: backtest(input.decisions, request.current, request.candidate),
    fetched: recorded.length,
    skipped: input.skipped,
    casesRead: items.size,
    casesUnread: unread + (caseIds.length - wanted.length),
  };
}
