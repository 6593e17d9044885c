import { afterEach, expect, it, vi } from 'vitest';
import { KEYS_GRANT_MESSAGE, KEYS_TOKEN_PARAM } from '../../../utils/dock/keys-grant';
import { watchFocusGrant } from '../focus-grant';

/** A docked panel's window as the grant sees it: framed, with its address's hash. */
function framedPanel(hash: string) {
  const listeners = new Map<string, (event: object) => void>();
  const win = {
    top: {},
    location: { hash },
    addEventListener: (type: string, listener: (event: object) => void) =>
      listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  const fire = (type: string, event: object = {}) =>
    listeners.get(type)?.({ target: win, ...event });
  return { win: win as unknown as Window, fire, listeners };
}
const grantMessage = (token: string) => ({ data: { type: KEYS_GRANT_MESSAGE, token } });

afterEach(() => vi.useRealTimers());

it('a panel that is a page of its own (the side panel) takes every key as the reviewer’s', async () => {
  const win = { location: { hash: '' } } as unknown as Window;
  Object.assign(win, { top: win });
  const grant = watchFocusGrant(win);
  expect(grant.granted()).toBe(true);
  expect(await grant.settled(0)).toBe(true);
});

it('a docked panel takes keys only after the content script’s grant or a real press, until focus leaves', () => {
  const { win, fire } = framedPanel(`#${KEYS_TOKEN_PARAM}=secret`);
  const grant = watchFocusGrant(win);
  expect(grant.granted()).toBe(false);

  fire('message', grantMessage('guessed'));
  fire('pointerdown', { isTrusted: false }); // dispatched by script, not a press
  expect(grant.granted()).toBe(false);

  fire('message', grantMessage('secret'));
  expect(grant.granted()).toBe(true);
  fire('blur', { target: {} }); // an element inside the panel lost focus: still the panel's
  expect(grant.granted()).toBe(true);
  fire('blur');
  expect(grant.granted()).toBe(false);

  fire('pointerdown', { isTrusted: true });
  expect(grant.granted()).toBe(true);
});

it('a panel frame without a token (made by the page) is granted by a real press only', () => {
  const { win, fire } = framedPanel('');
  const grant = watchFocusGrant(win);
  fire('message', grantMessage(''));
  fire('message', grantMessage('null'));
  expect(grant.granted()).toBe(false);
  fire('pointerdown', { isTrusted: true });
  expect(grant.granted()).toBe(true);
});

it('waits a moment for a grant already on its way, then says no', async () => {
  vi.useFakeTimers();
  const { win, fire, listeners } = framedPanel(`#${KEYS_TOKEN_PARAM}=secret`);
  const grant = watchFocusGrant(win);
  const inFlight = grant.settled(300);
  await vi.advanceTimersByTimeAsync(50);
  fire('message', grantMessage('secret'));
  expect(await inFlight).toBe(true);

  fire('blur');
  const never = grant.settled(300);
  await vi.advanceTimersByTimeAsync(300);
  expect(await never).toBe(false);

  grant.stop();
  expect(listeners.size).toBe(0);
});
