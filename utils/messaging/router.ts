import { browser, type Browser } from 'wxt/browser';
import {
  requestSchema,
  senders,
  type Request,
  type RequestType,
  type ResponseMap,
  type SenderKind,
} from './protocol';

type Sender = Browser.runtime.MessageSender;

export type Handlers = {
  [T in RequestType]: (
    request: Extract<Request, { type: T }>,
    sender: Sender,
  ) => Promise<ResponseMap[T]>;
};

/** Which of our contexts sent this, judged from what the browser says, not from the message. */
export function senderKind(sender: Sender): SenderKind | null {
  if (sender.id !== browser.runtime.id) return null;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  if (sender.url && new URL(sender.url).origin === extensionOrigin) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.frameId === 0) return 'content-script';
  return null;
}

export async function handleMessage(handlers: Handlers, message: unknown, sender: Sender) {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { refused: 'Malformed request' };
  const request = parsed.data;
  const kind = senderKind(sender);
  if (!kind || !senders[request.type].includes(kind)) {
    return { refused: `${request.type} is not accepted from this sender` };
  }
  const handler = handlers[request.type] as (r: Request, s: Sender) => Promise<unknown>;
  try {
    return await handler(request, sender);
  } catch (error) {
    console.error(`Caselight: ${request.type} failed`, error);
    return { refused: `${request.type} failed: ${error instanceof Error ? error.message : error}` };
  }
}

export function registerMessageHandlers(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) =>
    handleMessage(handlers, message, sender),
  );
}
