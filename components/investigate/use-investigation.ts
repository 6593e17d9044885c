import { useCallback, useEffect, useState } from 'react';
import type { ExportFormat, Investigation } from '../../utils/investigations/schema';
import { sendRequest, sendRequestRetrying } from '../../utils/messaging/send';
import { loadCytoscape } from './load-cytoscape';

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; investigation: Investigation };

/** The case named in the page's address, its investigation, and the page's two writes. */
export function useInvestigation(console: string, caseId: string) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const load = useCallback(() => {
    const request = { op: 'load' as const, console, caseId };
    performance.mark('investigation-requested');
    void loadCytoscape();
    return sendRequestRetrying({ type: 'investigation:request', request })
      .catch((error: unknown) => ({ ok: false as const, message: String(error) }))
      .then((answer) => {
        // The bench splits the time to a drawn graph here: the case API's part, the page's.
        performance.mark('investigation-loaded');
        setLoaded(
          answer.ok && answer.op === 'load'
            ? { state: 'ready', investigation: answer.investigation }
            : { state: 'failed', message: answer.ok ? 'Unexpected answer.' : answer.message },
        );
      });
  }, [console, caseId]);

  useEffect(() => {
    void load();
  }, [load]);

  const addNote = async (text: string): Promise<string | undefined> => {
    const request = { op: 'note' as const, console, caseId, text };
    const answer = await sendRequest({ type: 'investigation:request', request });
    if (!answer.ok) return answer.message;
    await load();
    return undefined;
  };

  const exportAs = async (format: ExportFormat): Promise<string | undefined> => {
    const request = { op: 'export' as const, console, caseId, format };
    const answer = await sendRequest({ type: 'investigation:request', request });
    if (!answer.ok) return answer.message;
    if (answer.op !== 'export') return 'Unexpected answer.';
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([answer.text], { type: answer.mimeType }));
    link.download = answer.filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    return undefined;
  };

  return { loaded, addNote, exportAs };
}
