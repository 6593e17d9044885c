import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { SnapshotPage } from '../../components/qa/snapshot-page';

const decisionId = new URLSearchParams(location.search).get('decision');
createRoot(document.getElementById('root')!).render(<SnapshotPage decisionId={decisionId} />);
