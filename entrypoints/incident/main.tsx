import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { IncidentApp } from '../../components/incidents/incident-app';

createRoot(document.getElementById('root')!).render(<IncidentApp />);
