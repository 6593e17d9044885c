/**
 * The dock token: how the background knows a framed panel is the one our content script
 * docked in that tab. The content script registers it for its own tab (the browser names the
 * tab, so no script can register one for another) and puts it in the panel frame's address;
 * the browser reports that address with each of the panel's messages. The host page cannot
 * read it: the frame is cross-origin, inside a closed shadow root.
 */
export const DOCK_TOKEN_PARAM = 'dock';

/** 128 random bits as hex. Not crypto.randomUUID: that needs a secure context. */
export function newToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * The token in an extension page's address (`panel.html?dock=…`), if any. In the query, not
 * the fragment: every browser reports a sender's address with its query.
 */
export function dockTokenOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return new URL(url).searchParams.get(DOCK_TOKEN_PARAM) ?? undefined;
}
