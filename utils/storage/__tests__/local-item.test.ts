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
