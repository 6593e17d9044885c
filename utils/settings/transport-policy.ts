import { browser } from 'wxt/browser';

/**
 * Bearer tokens and model keys travel in their requests' headers: over `http://` anyone on the
 * network path reads them. Plain http is for a server on this machine (Ollama, vLLM, the
 * reference case API); any other host needs `https://`, unless an administrator allows http by
 * policy (managed storage, `public/managed-schema.json`), and then every page says so.
 */

export const MANAGED_HTTP_NAME = 'allowInsecureHttp';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopback(url: string): boolean {
  const { hostname } = new URL(url);
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** An `http://` address off this machine: its credentials would travel in clear. */
export function isInsecureRemote(url: string): boolean {
  return new URL(url).protocol === 'http:' && !isLoopback(url);
}

/** Whether the administrator's policy allows `http://` to other hosts; no policy: no. */
export async function readInsecureHttpAllowed(): Promise<boolean> {
  try {
    const items = await browser.storage.managed.get(MANAGED_HTTP_NAME);
    return items[MANAGED_HTTP_NAME] === true;
  } catch {
    // No managed storage (Firefox without a policy manifest): nothing is allowed.
    return false;
  }
}

export type TransportVerdict =
  { ok: true; warning?: string } | { ok: false; message: string; whatToDo: string };

/** What sending credentials to `url` over its scheme is: fine, allowed with a warning, refused. */
export function transportVerdict(
  url: string,
  insecureAllowed: boolean,
  what: string,
): TransportVerdict {
  if (!isInsecureRemote(url)) return { ok: true };
  const { origin } = new URL(url);
  if (insecureAllowed) {
    return {
      ok: true,
      warning: `Your administrator allows http:// for ${what} at ${origin}: its key or token travels unencrypted on the network.`,
    };
  }
  return {
    ok: false,
    message: `Caselight refuses to send the ${what} credentials to ${origin} over http:// (they would travel unencrypted).`,
    whatToDo: `Use an https:// address in Caselight options (http:// is only for a server on this machine).`,
  };
}

export async function checkTransport(url: string, what: string): Promise<TransportVerdict> {
  return transportVerdict(url, await readInsecureHttpAllowed(), what);
}
