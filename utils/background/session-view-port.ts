import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { senderKind } from '../messaging/router';
import {
  onlyAllowed,
  panelSessionKeys,
  SESSION_VIEW_PORT,
  type SessionChanges,
  type SessionViewMessage,
} from '../session-view/keys';

// Typed as the panel's `SessionViewRequest`, checked here: the panel is framed in a web page.
const requestSchema = z.object({ id: z.number().int(), keys: z.array(z.string()).max(64) });

/**
 * Serves docked panels that cannot read `storage.session` themselves (Firefox, see
 * utils/session-view/keys.ts): reads and changes of their own tab's keys only. The sender is
 * judged as the message router judges it, so a page framing panel.html without its tab's dock
 * token gets nothing.
 */
export function acceptSessionViewPorts(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === SESSION_VIEW_PORT) serveSessionView(port);
  });
}

type ViewPort = Pick<
  Browser.runtime.Port,
  'sender' | 'postMessage' | 'disconnect' | 'onMessage' | 'onDisconnect'
>;

/** One panel's port: answers its reads and forwards changes, of its allowed keys only. */
export function serveSessionView(port: ViewPort): void {
  const allowed = allowedKeys(port.sender);
  let open = true;
  const send = (message: SessionViewMessage) => open && port.postMessage(message);
  const onChanged = (changes: SessionChanges) => {
    void allowed.then((keys) => {
      const mine = keys && onlyAllowed(changes, keys);
      if (mine && Object.keys(mine).length) send({ changes: mine });
    });
  };
  port.onDisconnect.addListener(() => {
    open = false;
    browser.storage.session.onChanged.removeListener(onChanged);
  });
  port.onMessage.addListener((message: unknown) => {
    void allowed.then(async (keys) => {
      const request = requestSchema.safeParse(message);
      if (!keys || !request.success) return port.disconnect();
      const wanted = request.data.keys.filter((key) => keys.has(key));
      const values = wanted.length ? await browser.storage.session.get(wanted) : {};
      send({ id: request.data.id, values: onlyAllowed(values, keys) });
    });
  });
  void allowed.then((keys) => {
    if (!keys) return port.disconnect();
    if (open) browser.storage.session.onChanged.addListener(onChanged);
  });
}

async function allowedKeys(sender?: Browser.runtime.MessageSender) {
  const tabId = sender?.tab?.id;
  if (!sender || tabId === undefined) return null;
  return (await senderKind(sender)) === 'docked-panel' ? panelSessionKeys(tabId) : null;
}
