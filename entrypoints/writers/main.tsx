import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { WritersApp } from '../../components/writers/writers-app';

createRoot(document.getElementById('root')!).render(<WritersApp />);
