import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { AdminApp } from '../../components/admin/admin-app';

createRoot(document.getElementById('root')!).render(<AdminApp />);
