import { KEYS_GRANT_MESSAGE, KEYS_TOKEN_PARAM, type KeysGrant } from '../../utils/dock/keys-grant';
import { wakeList } from './wake-list';

/**
 * Whether keys reaching a framed panel were sent there by the reviewer. Our dock's frame is out
 * of the console page's reach (closed shadow root, not in `window.frames`), but the page can lay
 * a panel frame of its own over it and focus that whenever it likes; the reviewer's next keys,
 * meant for the console, would then pick and submit a decision. A submit, undo or discard
 * counts as the reviewer's only after a real pointer press inside the panel or the content
 * script's grant (Alt+Shift+K, see `utils/dock/keys-grant.ts`), until focus leaves it; picking
 * an action by key still works, as it sends nothing. A panel that is a page of its own (the
 * browser's side panel) cannot be focused by a console: always granted.
 */
export interface FocusGrant {
  granted(): boolean;
  /** Whether granted, waiting up to `timeoutMs` for a grant already on its way. */
  settled(timeoutMs: number): Promise<boolean>;
  stop(): void;
}

const isGrant = (data: unknown, token: string) =>
  (data as KeysGrant | null)?.type === KEYS_GRANT_MESSAGE && (data as KeysGrant).token === token;

export function watchFocusGrant(win: Window): FocusGrant {
  if (win.top === win) {
    return { granted: () => true, settled: async () => true, stop() {} };
  }
  // A frame the console made itself has no token: only a press inside it grants.
  const token = new URLSearchParams(win.location.hash.slice(1)).get(KEYS_TOKEN_PARAM);
  let granted = false;
  const waiting = wakeList(() => granted);
  const grant = () => {
    granted = true;
    waiting.wakeAll();
  };
  const onPointer = (event: PointerEvent) => {
    if (event.isTrusted) grant();
  };
  const onMessage = (event: MessageEvent) => {
    if (token && isGrant(event.data, token)) grant();
  };
  const onBlur = (event: FocusEvent) => {
    if (event.target === win) granted = false;
  };
  win.addEventListener('pointerdown', onPointer, true);
  win.addEventListener('message', onMessage);
  win.addEventListener('blur', onBlur);
  return {
    granted: () => granted,
    settled: (timeoutMs) => (granted ? Promise.resolve(true) : waiting.wait(timeoutMs)),
    stop() {
      win.removeEventListener('pointerdown', onPointer, true);
      win.removeEventListener('message', onMessage);
      win.removeEventListener('blur', onBlur);
      waiting.wakeAll();
    },
  };
}

export const KEYS_NOT_GRANTED_MESSAGE =
  'these keys reached Caselight without you sending them there (the console page moved the focus into the panel). Press Alt+Shift+K in the console, or click in the panel, then try again.';
