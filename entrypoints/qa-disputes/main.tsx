import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { DisputesPage } from '../../components/qa/disputes-page';

createRoot(document.getElementById('root')!).render(<DisputesPage />);
