import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { PanelApp } from '../../components/panel/panel-app';

createRoot(document.getElementById('root')!).render(<PanelApp surface="side-panel" />);
