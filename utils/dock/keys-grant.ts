/**
 * How the content script tells the docked panel that the reviewer sent the keyboard there
 * (Alt+Shift+K). A console page can focus a panel frame it made itself, and every key the
 * reviewer then types lands there (see `components/decide/focus-grant.ts`); only the content
 * script knows the token, which travels in our frame's address (unreadable to the page:
 * cross-origin, in a closed shadow root), so the page cannot send this message itself.
 */
export const KEYS_GRANT_MESSAGE = 'caselight:keys-granted';

/** The panel address's hash parameter that carries the token. */
export const KEYS_TOKEN_PARAM = 'keys';

export interface KeysGrant {
  type: typeof KEYS_GRANT_MESSAGE;
  token: string;
}
