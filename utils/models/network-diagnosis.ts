import { browser } from 'wxt/browser';

/**
 * Why a request never got an HTTP answer. `fetch` says only "Failed to fetch" whatever
 * happened; the browser's own network error (via `webRequest`, when the extension holds that
 * permission) names the cause, and a `no-cors` probe tells "nothing answered" apart from
 * "something answered but the browser would not let us read it".
 */
export type NetworkKind = 'dns' | 'refused' | 'tls' | 'unreachable' | 'cors';

/** Chromium (`net::ERR_…`) and Firefox (`NS_ERROR_…`, `SEC_ERROR_…`) network error names. */
const NET_ERRORS: [RegExp, NetworkKind][] = [
  [/NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|UNKNOWN_HOST|DNS/i, 'dns'],
  [/CERT|SSL|TLS|SEC_ERROR|BAD_SSL|HSTS/i, 'tls'],
  [/CONNECTION_REFUSED|CONNECTION_RESET|ADDRESS_UNREACHABLE|UNSAFE_PORT|NET_RESET/i, 'refused'],
];

export function kindOfNetError(error: string): NetworkKind | undefined {
  return NET_ERRORS.find(([pattern]) => pattern.test(error))?.[1];
}

interface ErrorDetails {
  url: string;
  error: string;
}
interface ErrorEvent {
  addListener(fn: (d: ErrorDetails) => void, filter: { urls: string[] }): void;
  removeListener(fn: (d: ErrorDetails) => void): void;
}

/** Records the browser's network errors for requests under `baseUrl` while a check runs. */
export function watchNetErrors(baseUrl: string) {
  // Present only when the manifest grants `webRequest`; without it the probe below still works.
  const onError = (browser as unknown as { webRequest?: { onErrorOccurred?: ErrorEvent } })
    .webRequest?.onErrorOccurred;
  let last: string | undefined;
  const listener = (details: ErrorDetails) => {
    if (details.url.startsWith(baseUrl)) last = details.error;
  };
  try {
    onError?.addListener(listener, { urls: [`${new URL(baseUrl).origin}/*`] });
  } catch {
    // An origin pattern the browser refuses: diagnose without it.
  }
  return {
    /** The error, once the browser has reported it (its event can trail the failed fetch). */
    async last(): Promise<string | undefined> {
      // Without an observer nothing will arrive; with one, the listener sets `last`.
      if (!onError) return undefined;
      for (let waited = 0; waited < 300; waited += 50) {
        if (last) return last;
        await new Promise((r) => setTimeout(r, 50));
      }
      return last;
    },
    stop: () => onError?.removeListener(listener),
  };
}

export type Probe = (url: string) => Promise<boolean>;

/** True when something at `url` answers at all, even if the browser hides the answer. */
export const probeNoCors: Probe = async (url) => {
  try {
    await fetch(url, {
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(4000),
    });
    return true;
  } catch {
    return false;
  }
};

/** The most precise cause available for a request that got no HTTP answer. */
export async function diagnoseNetwork(
  url: string,
  netError: string | undefined,
  probe: Probe = probeNoCors,
): Promise<{ kind: NetworkKind; detail?: string }> {
  const known = netError ? kindOfNetError(netError) : undefined;
  if (known) return { kind: known, detail: netError };
  if (await probe(url)) return { kind: 'cors', detail: netError };
  return { kind: 'unreachable', detail: netError };
}
