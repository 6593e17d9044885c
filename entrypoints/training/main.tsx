import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { TrainerApp } from '../../components/training/trainer-app';

createRoot(document.getElementById('root')!).render(<TrainerApp />);
