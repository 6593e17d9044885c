import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers } from '../utils/background/handlers';
import { openSidePanelFromToolbar, startTabCaseCleanup } from '../utils/background/tabs';
import { startOutboxDelivery } from '../utils/decisions/outbox-service';
import { ensureInstalledPack } from '../utils/guidance/installed';
import { registerMessageHandlers } from '../utils/messaging/router';

export default defineBackground(() => {
  registerMessageHandlers(backgroundHandlers);
  startTabCaseCleanup();
  openSidePanelFromToolbar();
  startOutboxDelivery();
  void ensureInstalledPack();
});
