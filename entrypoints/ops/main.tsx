import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import 'uplot/dist/uPlot.min.css';
import { OpsApp } from '../../components/ops/ops-app';

createRoot(document.getElementById('root')!).render(<OpsApp />);
