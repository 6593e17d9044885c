import { storage } from 'wxt/utils/storage';
import { DOCK_DEFAULTS, normaliseLayout, type DockLayout } from './layout';

export const dockLayoutStorage = storage.defineItem<DockLayout>('local:dockLayout', {
  fallback: DOCK_DEFAULTS,
  version: 1,
});

export async function readDockLayout(): Promise<DockLayout> {
  return normaliseLayout(await dockLayoutStorage.getValue());
}

export async function updateDockLayout(change: Partial<DockLayout>): Promise<DockLayout> {
  const next = normaliseLayout({ ...(await readDockLayout()), ...change });
  await dockLayoutStorage.setValue(next);
  return next;
}

export function watchDockLayout(onChange: (layout: DockLayout) => void): () => void {
  return dockLayoutStorage.watch((value) => onChange(normaliseLayout(value)));
}
