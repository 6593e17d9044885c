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
 * A healthy answer this recent (from any panel) is enough when a panel opens or rechecks:
 * moving through cases opens a panel per case, and each must not cost the case API a check.
 */
const RECENT_ENOUGH_MS = 30_000;

/**
 * Whether the case API and the model provider answer: the last known answer at once (kept by
 * the background), then checked shortly after opening and each minute (a healthy answer from
 * the last 30 s, from any panel, will do), and afresh on "Check again".
 */
export function useConnectionStatus(): ConnectionStatus {
  const [api, setApi] = useState<ApiStatus>();
  const [models, setModels] = useState<ModelStatus>();

  const check = useCallback((maxAgeMs?: number) => {
    void sendRequest({ type: 'api:check', maxAgeMs }).then(setApi, (e: Error) => setApi(failed(e)));
    void sendRequest({ type: 'models:check', maxAgeMs }).then(setModels, (e: Error) =>
      setModels(failed(e)),
    );
  }, []);
  // "Check again" means now.
  const recheck = useCallback(() => check(), [check]);

  useEffect(() => {
    void apiStatusStorage.getValue().then((last) => last && setApi((now) => now ?? last));
    void modelStatusStorage.getValue().then((last) => last && setModels((now) => now ?? last));
    const unwatch = [
      apiStatusStorage.watch((next) => next && setApi(next)),
      modelStatusStorage.watch((next) => next && setModels(next)),
    ];
    const first = setTimeout(() => check(RECENT_ENOUGH_MS), FIRST_CHECK_DELAY_MS);
    const timer = setInterval(() => check(RECENT_ENOUGH_MS), RECHECK_MS);
    return () => {
      unwatch.forEach((stop) => stop());
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [check]);

  return { api, models, recheck };
}

function failed(error: Error) {
  const checkedAt = new Date().toISOString();
  return { state: 'bad-response' as const, baseUrl: '', message: error.message, checkedAt };
}
