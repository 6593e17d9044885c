import { useCallback, useEffect, useState } from 'react';
import { sendRequest } from '../../utils/messaging/send';
import type { ApiStatus, ModelStatus } from '../../utils/status/schema';

export interface ConnectionStatus {
  api?: ApiStatus;
  models?: ModelStatus;
  recheck(): void;
}

const RECHECK_MS = 60_000;
const FIRST_CHECK_DELAY_MS = 400;

/** Whether the case API and the model provider answer; rechecked each minute and on demand. */
export function useConnectionStatus(): ConnectionStatus {
  const [api, setApi] = useState<ApiStatus>();
  const [models, setModels] = useState<ModelStatus>();

  const recheck = useCallback(() => {
    void sendRequest({ type: 'api:check' }).then(setApi, (e: Error) => setApi(failed(e)));
    void sendRequest({ type: 'models:check' }).then(setModels, (e: Error) => setModels(failed(e)));
  }, []);

  useEffect(() => {
    // The first check waits a moment so that showing the case, which the reviewer is waiting
    // for, does not compete with two network checks on a busy machine.
    const first = setTimeout(recheck, FIRST_CHECK_DELAY_MS);
    const timer = setInterval(recheck, RECHECK_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [recheck]);

  return { api, models, recheck };
}

function failed(error: Error) {
  const checkedAt = new Date().toISOString();
  return { state: 'bad-response' as const, baseUrl: '', message: error.message, checkedAt };
}
