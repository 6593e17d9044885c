import { localItem } from '../storage/local-item';
import { DOCK_DEFAULTS, normaliseLayout, type DockLayout } from './layout';

/** Read by the content script at every console page load: see `localItem`. */
export const dockLayoutStorage = localItem<DockLayout>('dockLayout', DOCK_DEFAULTS);

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
