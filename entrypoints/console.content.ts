import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONSOLE_MATCHES } from '../utils/case/adapters/matches';
import { startCaseDock } from '../utils/dock/case-dock';

export default defineContentScript({
  matches: CONSOLE_MATCHES,
  // Starting before the console renders lets the panel frame load while the console fetches
  // its case, so the case shows in the panel moments after it shows on the page.
  runAt: 'document_start',
  main(ctx) {
    void startCaseDock(document, ctx.signal);
  },
});
