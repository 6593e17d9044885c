import { useCallback, useEffect, useState } from 'react';
import { sendRequest } from '../../utils/messaging/send';
import type { ApiStatus, ModelStatus } from '../../utils/status/schema';
import { apiStatusStorage, modelStatusStorage } from '../../utils/status/store';

export interface ConnectionStatus {
  api?: ApiStatus;
  models?: ModelStatus;
  recheck(): void;
}

const RECHECK_MS = 60_000;
/** The case the reviewer is waiting for shows first; the network checks follow. */
const FIRST_CHECK_DELAY_MS = 400;

/**
 * Whether the case API and the model provider answer: the last known answer at once (kept by
 * the background), then rechecked shortly after opening, each minute, and on demand.
 */
export function useConnectionStatus(): ConnectionStatus {
  const [api, setApi] = useState<ApiStatus>();
  const [models, setModels] = useState<ModelStatus>();

  const recheck = useCallback(() => {
    void sendRequest({ type: 'api:check' }).then(setApi, (e: Error) => setApi(failed(e)));
    void sendRequest({ type: 'models:check' }).then(setModels, (e: Error) => setModels(failed(e)));
  }, []);

  useEffect(() => {
    void apiStatusStorage.getValue().then((last) => last && setApi((now) => now ?? last));
    void modelStatusStorage.getValue().then((last) => last && setModels((now) => now ?? last));
    const unwatch = [
      apiStatusStorage.watch((next) => next && setApi(next)),
      modelStatusStorage.watch((next) => next && setModels(next)),
    ];
    const first = setTimeout(recheck, FIRST_CHECK_DELAY_MS);
    const timer = setInterval(recheck, RECHECK_MS);
    return () => {
      unwatch.forEach((stop) => stop());
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
