import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';

// Origins the background may call without asking: the reference case API / demo on loopback
// and OpenAI. Any other case API or model server is granted at run time from the options page
// (optional host permission, requested on the user's click), so the store build asks for no
// host it does not need.
const HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*', 'https://api.openai.com/*'];

const WEB_ORIGINS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [tailwindcss()] }),
  hooks: {
    // The content script loads into every console page, so it goes without the
    // webextension-polyfill (10 KB, and a Proxy around every call): it only uses APIs that
    // Chrome (MV3) and Firefox both offer natively with promises. Everything else keeps it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.resolve = { ...config.resolve, alias: { 'wxt/browser': '@wxt-dev/browser' } };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Caselight',
    description:
      'Moderation assistant docked into your console: risk scores, policy-grounded suggestions, reliable decision logging.',
    // scripting: the content script is registered at run time for consoles a lead adds.
    // webRequest: only to name a failed connection exactly (DNS, TLS, refused) in "Test
    // connection"; it observes, never blocks, and shows no install warning.
    // identity: single sign-on (launchWebAuthFlow shows the team's provider in its own window).
    permissions: ['storage', 'alarms', 'scripting', 'webRequest', 'identity'],
    host_permissions: HOST_PERMISSIONS,
    // MV3 (Chrome) takes run-time origins as optional_host_permissions, MV2 (Firefox) as
    // optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: WEB_ORIGINS }
      : { optional_permissions: WEB_ORIGINS }),
    action: { default_title: 'Caselight' },
    // What an administrator may pin by policy (managed storage): the guidance signing key.
    storage: { managed_schema: 'managed-schema.json' },
    // The docked panel is an iframe of panel.html, so consoles a lead adds at run time must be
    // able to load it; the page still learns nothing from it (closed shadow root, cross-origin
    // frame) and the panel only shows a case our content script read in that tab. Chrome loads
    // it only from the session's dynamic address, so no site can probe for it by the static
    // one; MV2 (Firefox) has no such key, and its moz-extension uuid is random per install.
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: WEB_ORIGINS,
        ...(manifestVersion === 3 ? { use_dynamic_url: true } : {}),
      },
    ],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'caselight@caselight.dev' } } }
      : {}),
  }),
});
