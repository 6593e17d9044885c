import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { dockTokenOf } from '../dock/dock-token';
import { isDockToken } from './dock-tokens';
import { requestSchema, type Request, type RequestType, type ResponseMap } from './protocol';
import { senders, type SenderKind } from './senders';

type Sender = Browser.runtime.MessageSender;

export type Handlers = {
  [T in RequestType]: (
    request: Extract<Request, { type: T }>,
    sender: Sender,
  ) => Promise<ResponseMap[T]>;
};

/**
 * Our own origins. Chrome answers `getURL` for a `use_dynamic_url` resource (panel.html) with
 * the session's dynamic origin; a frame loaded there may keep it, so both count as ours.
 */
// Spelled out, not `URL.origin`: that is "null" for extension schemes outside Chrome.
const root = (url: string) => new URL('/', url).href;

function isExtensionOrigin(url: string): boolean {
  const origin = root(url);
  return (
    origin === root(browser.runtime.getURL('/')) ||
    origin === root(browser.runtime.getURL('/panel.html'))
  );
}

/** Which of our contexts sent this, judged from what the browser says, not from the message. */
export async function senderKind(sender: Sender): Promise<SenderKind | null> {
  if (sender.id !== browser.runtime.id) return null;
  if (sender.url && isExtensionOrigin(sender.url)) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === 0) return 'top-page';
    const token = dockTokenOf(sender.url);
    return token && (await isDockToken(tabId, token)) ? 'docked-panel' : null;
  }
  if (sender.tab?.id !== undefined && sender.frameId === 0) return 'content-script';
  return null;
}

/** A docked panel serves its own tab: it may name, or follow, no other. */
function namesOwnTab(request: Request, sender: Sender): boolean {
  if ('tabId' in request) return request.tabId === sender.tab?.id;
  return request.type !== 'panel:attach' || request.target.kind === 'own-tab';
}

const typeSchema = z.object({ type: z.enum(Object.keys(senders) as [RequestType]) });

export async function handleMessage(handlers: Handlers, message: unknown, sender: Sender) {
  // The sender is checked before the body is parsed: nobody else's payload gets that far.
  const typed = typeSchema.safeParse(message);
  if (!typed.success) return { refused: 'Malformed request' };
  const { type } = typed.data;
  const kind = await senderKind(sender);
  if (!kind || !senders[type].includes(kind)) {
    return { refused: `${type} is not accepted from this sender` };
  }
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { refused: 'Malformed request' };
  const request = parsed.data;
  if (kind === 'docked-panel' && !namesOwnTab(request, sender)) {
    return { refused: `${type} may only name the panel's own tab` };
  }
  const handler = handlers[type] as (r: Request, s: Sender) => Promise<unknown>;
  try {
    return await handler(request, sender);
  } catch (error) {
    console.error(`Caselight: ${type} failed`, error);
    return { refused: `${type} failed: ${error instanceof Error ? error.message : error}` };
  }
}

export function registerMessageHandlers(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) =>
    handleMessage(handlers, message, sender),
  );
}
