import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { GuidanceEditorApp } from '../../components/guidance-editor/guidance-editor-app';

createRoot(document.getElementById('root')!).render(<GuidanceEditorApp />);
