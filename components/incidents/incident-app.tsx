import { useCallback, useEffect, useState } from 'react';
import type { IncidentPageAnswer, IncidentPageRequest } from '../../utils/incidents/page-messages';
import { sendRequest } from '../../utils/messaging/send';
import { IncidentDetail } from './incident-detail';
import { IncidentList } from './incident-list';

/**
 * The incident page: `?id=` shows one incident (from a panel's banner), without it the list
 * (for leads). Every read and change goes through the background to the case API.
 */
const failed = (error: unknown): IncidentPageAnswer => ({
  ok: false,
  problem: 'bad-response',
  message: error instanceof Error ? error.message : String(error),
});

const ask = (request: IncidentPageRequest) =>
  sendRequest({ type: 'incidents:page', request }).catch(failed);

export function IncidentApp() {
  const id = new URLSearchParams(location.search).get('id');
  const [answer, setAnswer] = useState<IncidentPageAnswer>();
  const [busy, setBusy] = useState(false);

  /** A lead's change (tick, close): the answer is the incident as it now stands. */
  const send = useCallback(async (request: IncidentPageRequest) => {
    setBusy(true);
    setAnswer(await ask(request));
    setBusy(false);
  }, []);

  useEffect(() => {
    let current = true;
    void ask(id === null ? { op: 'list' } : { op: 'view', id }).then((first) => {
      if (current) setAnswer(first);
    });
    return () => {
      current = false;
    };
  }, [id]);

  return (
    <main className="mx-auto max-w-4xl space-y-4 p-6 text-sm text-slate-900">
      {answer === undefined && <p role="status">Loading…</p>}
      {answer?.ok === false && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2">
          {answer.message}
        </p>
      )}
      {answer?.ok && 'incidents' in answer && <IncidentList incidents={answer.incidents} />}
      {answer?.ok && 'view' in answer && (
        <IncidentDetail view={answer.view} busy={busy} send={send} />
      )}
    </main>
  );
}
