import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { InvestigationApp } from '../../components/investigate/investigation-app';

createRoot(document.getElementById('root')!).render(<InvestigationApp />);
