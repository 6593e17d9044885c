import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { startPanelIntentGuard } from '../../components/decide/intent-guard';
import { PanelApp } from '../../components/panel/panel-app';
import { bridgeSessionStorage } from '../../utils/session-view/bridge';

bridgeSessionStorage();
// Watching from the first moment: Alt+Shift+K may come before the decision form exists.
startPanelIntentGuard();
createRoot(document.getElementById('root')!).render(<PanelApp surface="docked" />);
