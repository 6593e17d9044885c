import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { panelFocusGrant } from '../../components/decide/focus-grant';
import { PanelApp } from '../../components/panel/panel-app';

// Listening from the first moment: Alt+Shift+K may come before the decision form exists.
panelFocusGrant();
createRoot(document.getElementById('root')!).render(<PanelApp surface="docked" />);
