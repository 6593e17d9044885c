import { useCallback, useEffect, useState } from 'react';
import type { WritersListAnswer } from '../../utils/case/writer/writer-messages';
import { sendRequestRetrying } from '../../utils/messaging/send';

/** The saved writers as the background reads them, and a way to read them again after a change. */
export function useWriters() {
  const [list, setList] = useState<WritersListAnswer>();
  const [error, setError] = useState('');
  const reload = useCallback(() => {
    void sendRequestRetrying({ type: 'writers:list' }).then(
      (answer) => {
        setList(answer);
        setError('');
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  }, []);
  useEffect(reload, [reload]);
  return { list, error, reload };
}
