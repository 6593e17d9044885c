import { useEffect, useState } from 'react';
import { sendRequest } from '../../utils/messaging/send';
import type { SlaToday } from '../../utils/ops/sla-schema';

/** Asked again this often while a case stays open: others' breaches count too. */
const REFRESH_MS = 60_000;

const localMidnight = (now: Date): string => {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  return midnight.toISOString();
};

/**
 * The footer's "queue: N breached SLA today": cases of the open case's queue decided after their
 * SLA due time since local midnight. Silent when the case has no queue or the case API cannot
 * say (the connection line reports that).
 */
export function SlaBreachLine({ console, queue }: { console: string; queue: string | undefined }) {
  const [sla, setSla] = useState<SlaToday | undefined>();
  useEffect(() => {
    if (queue === undefined) return;
    let current = true;
    const ask = () =>
      sendRequest({
        type: 'sla:today',
        query: { console, queue, since: localMidnight(new Date()) },
      }).then(
        (answer) => current && answer.ok && setSla(answer.sla),
        () => undefined,
      );
    void ask();
    const timer = setInterval(ask, REFRESH_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [console, queue]);
  // An answer for the previous case's queue is not this case's.
  if (sla === undefined || queue === undefined || sla.queue !== queue) return null;
  return (
    <p
      data-testid="sla-breaches"
      className={sla.breached > 0 ? 'text-xs font-semibold text-red-700' : 'text-xs text-zinc-600'}
    >
      {sla.queue}: {sla.breached} of {sla.decided} decided today breached their SLA
    </p>
  );
}
