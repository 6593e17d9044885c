import { defineBackground } from 'wxt/utils/define-background';
import { startAdapterRegistration } from '../utils/background/adapter-registration';
import { backgroundHandlers } from '../utils/background/handlers';
import { acceptScoresPorts } from '../utils/background/scores-ports';
import { acceptSessionViewPorts } from '../utils/background/session-view-port';
import { openSidePanelFromToolbar, startTabCaseCleanup } from '../utils/background/tabs';
import { startOutboxDelivery } from '../utils/decisions/outbox-service';
import { ensureInstalledPack } from '../utils/guidance/ensure-installed';
import { startGuidanceSync } from '../utils/guidance/sync-schedule';
import { startIncidentSync } from '../utils/incidents/sync-schedule';
import { registerMessageHandlers } from '../utils/messaging/router';
import { startWellnessView } from '../utils/background/wellness-view';
import { startExposureReports } from '../utils/background/exposure-report';

export default defineBackground(() => {
  registerMessageHandlers(backgroundHandlers);
  acceptScoresPorts();
  acceptSessionViewPorts();
  startTabCaseCleanup();
  startAdapterRegistration();
  openSidePanelFromToolbar();
  startOutboxDelivery();
  void ensureInstalledPack();
  startGuidanceSync();
  startIncidentSync();
  startWellnessView();
  startExposureReports();
});
