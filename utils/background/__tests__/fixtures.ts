import { vi } from 'vitest';
import type { Case } from '../../case/schema';
import { acceptScoresPorts } from '../scores-ports';

/** A one-message phishing case, as the demo console's adapter reads it. */
export const walletScamCase: Case = {
  id: 'C-9',
  console: 'demo-console',
  url: 'http://127.0.0.1:4317/console/cases/C-9',
  items: [
    {
      id: 'm-1',
      author: 'x',
      role: 'reported',
      text: 'Verify your wallet at https://wallet-verify-secure.example/login',
      media: [],
    },
  ],
};

/**
 * Stands in for the service worker's global scope, which panels reach through
 * `navigator.serviceWorker`: what they post there goes to `acceptScoresPorts`. Returns that
 * post, for messages no real panel would send.
 */
export function acceptScoresPortsFromPanels() {
  const worker = new EventTarget();
  acceptScoresPorts(worker);
  const deliver = (data: unknown, ports: MessagePort[]) =>
    worker.dispatchEvent(Object.assign(new Event('message'), { data, ports }));
  vi.stubGlobal('navigator', {
    ...globalThis.navigator,
    serviceWorker: { ready: Promise.resolve({ active: { postMessage: deliver } }) },
  });
  return deliver;
}
