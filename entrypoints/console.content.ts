import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONSOLE_MATCHES } from '../utils/case/adapters/matches';
import { startCaseDock } from '../utils/dock/case-dock';
import { watchCaseVerdicts } from '../utils/wellness/case-verdict';
import { startMediaFilter } from '../utils/wellness/media-filter';
import { readMediaSetup, watchMediaSetup } from '../utils/wellness/media-setup';

const readSetup = () => readMediaSetup(new URL(location.href));

export default defineContentScript({
  matches: CONSOLE_MATCHES,
  // Starting before the console renders lets the panel frame load while the console fetches
  // its case, so the case shows in the panel moments after it shows on the page; and the
  // wellness media filters are in place before the console paints its first frame.
  runAt: 'document_start',
  // WXT tells an older copy of this script to stop with a DOM event, and by default also with a
  // window message that every one of the console's message listeners receives; the event alone
  // does it, for a fraction of the start-up cost.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startMediaFilter(document, ctx.signal, readSetup, watchMediaSetup, watchCaseVerdicts);
    void startCaseDock(document, ctx.signal);
  },
});
