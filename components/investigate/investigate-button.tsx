import { useCallback, useEffect, useState } from 'react';
import { sendRequest } from '../../utils/messaging/send';

/**
 * The panel's "Investigate" (and Alt+Shift+I): the background records the case's entities and
 * opens the investigation page in a tab, where there is room for the graph.
 */
export function InvestigateButton({ tabId }: { tabId: number | null }) {
  const [problem, setProblem] = useState<string>();
  const investigate = useCallback(() => {
    if (tabId === null) return;
    void sendRequest({ type: 'investigation:open', tabId })
      .then((answer) => setProblem(answer.ok ? undefined : answer.message))
      .catch((error: unknown) => setProblem(String(error)));
  }, [tabId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.shiftKey && event.code === 'KeyI') {
        event.preventDefault();
        investigate();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [investigate]);

  return (
    <div className="flex items-center gap-2 text-xs">
      <button
        type="button"
        data-testid="investigate"
        disabled={tabId === null}
        onClick={investigate}
        aria-keyshortcuts="Alt+Shift+I"
        className="rounded border border-zinc-300 px-2 py-0.5 text-zinc-700 hover:bg-zinc-50"
      >
        Investigate
      </button>
      {problem && (
        <span role="alert" className="text-red-700">
          {problem}
        </span>
      )}
    </div>
  );
}
