import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';
import { CONSOLE_MATCHES } from './utils/case/adapters/matches';

// Origins the background may call without asking: the reference case API / demo on loopback
// and OpenAI. Any other case API or model server is granted at run time from the options page
// (optional host permission, requested on the user's click), so the store build asks for no
// host it does not need.
const HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*', 'https://api.openai.com/*'];

const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Caselight',
    description:
      'Moderation assistant docked into your console: risk scores, policy-grounded suggestions, reliable decision logging.',
    permissions: ['storage', 'alarms'],
    host_permissions: HOST_PERMISSIONS,
    // MV3 (Chrome) takes run-time origins as optional_host_permissions, MV2 (Firefox) as
    // optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: OPTIONAL_ORIGINS }
      : { optional_permissions: OPTIONAL_ORIGINS }),
    action: { default_title: 'Caselight' },
    web_accessible_resources: [{ resources: ['panel.html'], matches: CONSOLE_MATCHES }],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'caselight@caselight.dev' } } }
      : {}),
  }),
});
