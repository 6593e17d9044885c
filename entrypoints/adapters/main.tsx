import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { AdaptersApp } from '../../components/adapters/adapters-app';

createRoot(document.getElementById('root')!).render(<AdaptersApp />);
