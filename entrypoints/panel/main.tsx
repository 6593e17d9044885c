import '../../assets/tailwind.css';
import { startPanelIntentGuard } from '../../components/decide/intent-guard';
import { attachOwnTab } from '../../components/panel/first-paint/first-attach';
import { paintAttachedCase } from '../../components/panel/first-paint/paint-case';

// Watching from the first moment: Alt+Shift+K may come before the decision form exists.
startPanelIntentGuard();
// The case is asked for and painted by this small first script; React and the panel's
// bundles (several hundred KB to compile on the console's cores) follow and take over.
const root = document.getElementById('root')!;
const attached = attachOwnTab();
void attached.then((answer) => paintAttachedCase(root, answer));
void import('./app').then(({ mountPanel }) => mountPanel(root, attached));
