import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONSOLE_MATCHES } from '../utils/case/adapters/matches';
import { startCaseDock } from '../utils/dock/case-dock';

export default defineContentScript({
  matches: CONSOLE_MATCHES,
  // Starting before the console renders lets the panel frame load while the console fetches
  // its case, so the case shows in the panel moments after it shows on the page.
  runAt: 'document_start',
  // WXT tells an older copy of this script to stop with a DOM event, and by default also with a
  // window message that every one of the console's message listeners receives; the event alone
  // does it, for a fraction of the start-up cost.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startCaseDock(document, ctx.signal);
  },
});
