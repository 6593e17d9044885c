import { createRoot } from 'react-dom/client';
import { PanelApp } from '../../components/panel/panel-app';
import type { AttachAnswer } from '../../components/panel/first-paint/first-attach';
import { bridgeSessionStorage } from '../../utils/session-view/bridge';

/** React's panel, first rendered with the attach the first script made: no empty frame between. */
export async function mountPanel(root: HTMLElement, attached: Promise<AttachAnswer | null>) {
  bridgeSessionStorage();
  const first = await attached;
  createRoot(root).render(<PanelApp surface="docked" attached={first ?? undefined} />);
}
