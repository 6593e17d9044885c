import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { OptionsApp } from '../../components/options/options-app';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
