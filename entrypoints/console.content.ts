import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONSOLE_MATCHES } from '../utils/case/adapters/matches';
import { startCaseDock } from '../utils/dock/case-dock';

export default defineContentScript({
  matches: CONSOLE_MATCHES,
  runAt: 'document_end',
  main(ctx) {
    void startCaseDock(document, ctx.signal);
  },
});
