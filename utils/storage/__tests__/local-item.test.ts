import { beforeEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { localItem } from '../local-item';

beforeEach(() => fakeBrowser.reset());

it('reads the fallback, then what WXT’s `local:` item of the same key stored before', async () => {
  const item = localItem('dockLayout', { width: 380 });
  expect(await item.getValue()).toEqual({ width: 380 });
  await storage.setItem('local:dockLayout', { width: 500 });
  expect(await item.getValue()).toEqual({ width: 500 });
  await item.setValue({ width: 420 });
  expect(await storage.getItem('local:dockLayout')).toEqual({ width: 420 });
});

it('follows changes to its own key only, until unwatched; a removed value reads as the fallback', async () => {
  const item = localItem<string[]>('userAdapters', []);
  const seen = vi.fn<(value: string[]) => void>();
  const unwatch = item.watch(seen);
  await browser.storage.local.set({ other: 1 });
  await item.setValue(['a']);
  await browser.storage.local.remove('userAdapters');
  unwatch();
  await item.setValue(['b']);
  expect(seen.mock.calls).toEqual([[['a']], [[]]]);
});

it('reads asked for in the same turn make one round trip to the browser, each its own value', async () => {
  await browser.storage.local.set({ dockLayout: { width: 500 }, wellnessView: 'safe' });
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  const layout = localItem('dockLayout', { width: 380 });
  const view = localItem('wellnessView', 'off');
  const adapters = localItem<string[]>('userAdapters', []);

  const read = await Promise.all([layout.getValue(), view.getValue(), adapters.getValue()]);

  expect(read).toEqual([{ width: 500 }, 'safe', []]);
  expect(get).toHaveBeenCalledOnce();
  // A later read is a round trip of its own, with what is stored by then.
  await layout.setValue({ width: 420 });
  expect(await layout.getValue()).toEqual({ width: 420 });
  expect(get).toHaveBeenCalledTimes(2);
});
