import { browser } from 'wxt/browser';
import {
  SESSION_VIEW_PORT,
  type SessionChanges,
  type SessionViewMessage,
  type SessionViewRequest,
} from './keys';

type Listener = (changes: SessionChanges) => void;

const readOnly = () => Promise.reject(new Error('The docked panel cannot write session data'));

/** The part of a `storage.session` area the panel uses, answered by the background. */
function sessionViewArea() {
  const port = browser.runtime.connect({ name: SESSION_VIEW_PORT });
  const pending = new Map<number, (values: Record<string, unknown>) => void>();
  const listeners = new Set<Listener>();
  let nextId = 0;
  port.onMessage.addListener((message: unknown) => {
    const m = message as SessionViewMessage;
    if ('changes' in m) return listeners.forEach((listener) => listener(m.changes));
    pending.get(m.id)?.(m.values);
    pending.delete(m.id);
  });
  return {
    get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
      const request: SessionViewRequest = {
        id: nextId++,
        keys: typeof keys === 'string' ? [keys] : (keys ?? []),
      };
      return new Promise((resolve) => {
        pending.set(request.id, resolve);
        port.postMessage(request);
      });
    },
    set: readOnly,
    remove: readOnly,
    clear: readOnly,
    onChanged: {
      addListener: (listener: Listener) => void listeners.add(listener),
      removeListener: (listener: Listener) => void listeners.delete(listener),
      hasListener: (listener: Listener) => listeners.has(listener),
    },
  };
}

/**
 * Where this page has no `storage.session` (Firefox, in a frame of a web page: see
 * ./keys.ts), puts the background's view of the panel's keys in its place, so the panel's
 * storage items read and watch as they do everywhere else. Only the docked panel calls this.
 */
export function bridgeSessionStorage(): void {
  const storage = browser.storage as { session?: unknown };
  if (storage.session) return;
  storage.session = sessionViewArea();
}
