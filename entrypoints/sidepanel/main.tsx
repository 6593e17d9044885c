import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { startPanelIntentGuard } from '../../components/decide/intent-guard';
import { PanelApp } from '../../components/panel/panel-app';

startPanelIntentGuard();
createRoot(document.getElementById('root')!).render(<PanelApp surface="side-panel" />);
