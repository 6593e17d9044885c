// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { DOCK_DEFAULTS } from '../layout';
import { KEYS_GRANT_MESSAGE, KEYS_TOKEN_PARAM } from '../keys-grant';
import { mountDock } from '../mount-dock';
import { DOCK_TOKEN_PARAM } from '../dock-token';

const PANEL_URL = 'chrome-extension://abcdefghijklmnop/panel.html';
const DYNAMIC = 'chrome-extension://0b3c2a1e-dynamic-session-id';
const PANEL = {
  url: `${PANEL_URL}?${DOCK_TOKEN_PARAM}=${'d'.repeat(32)}`,
  origins: ['chrome-extension://abcdefghijklmnop', DYNAMIC],
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The dock's shadow root is closed to the page; the test opens it to look inside. */
function openShadows() {
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    return attach.call(this, { ...init, mode: 'open' });
  });
}

it('hands the panel a fresh keys token in its address, and the same token with Alt+Shift+K’s focus, on an http console too', () => {
  openShadows();
  // The docks stay out of the document, so happy-dom loads no frame: their address is all this
  // test reads.
  const hosts: Element[] = [];
  vi.spyOn(document.documentElement, 'append').mockImplementation((host) => {
    hosts.push(host as Element);
  });
  // An http console is not a secure context: no crypto.randomUUID there.
  vi.stubGlobal('crypto', {
    getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto),
  });
  const dock = mountDock(document, PANEL, () => undefined);
  dock.apply(DOCK_DEFAULTS);
  // The dock takes its place first; the panel's frame comes when the console has painted.
  expect(hosts[0]!.shadowRoot!.querySelector('iframe')).toBeNull();
  dock.loadPanel();
  dock.loadPanel();
  expect(hosts[0]!.shadowRoot!.querySelectorAll('iframe')).toHaveLength(1);
  const frame = hosts[0]!.shadowRoot!.querySelector('iframe')!;
  const [address, hash] = frame.getAttribute('src')!.split('#');
  expect(address).toBe(PANEL.url);
  const token = new URLSearchParams(hash).get(KEYS_TOKEN_PARAM)!;
  expect(token).toMatch(/^[0-9a-f]{32}$/);

  const posted = vi.fn<(message: unknown, targetOrigin: string) => void>();
  Object.defineProperty(frame, 'contentWindow', { value: { postMessage: posted } });
  dock.focus();
  // To both of our origins (the frame lands on one of them), and to nobody else.
  expect(posted.mock.calls).toEqual([
    [{ type: KEYS_GRANT_MESSAGE, token }, 'chrome-extension://abcdefghijklmnop'],
    [{ type: KEYS_GRANT_MESSAGE, token }, DYNAMIC],
  ]);

  const second = mountDock(document, PANEL, () => undefined);
  second.loadPanel();
  const frames = hosts.map((host) => host.shadowRoot!.querySelector('iframe')!.getAttribute('src'));
  expect(new Set(frames).size).toBe(2);
  dock.destroy();
  second.destroy();
});
