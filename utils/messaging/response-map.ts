import type { SlaToday } from '../ops/sla-schema';
import type { AdminAnswer } from '../admin/admin-messages';
import type { OpsAnswer } from '../ops/ops-messages';
import type { QaLeadAnswer, QaPanelAnswer } from '../qa/qa-messages';
import type { SsoAnswer } from '../sso/sso-messages';
import type { BuilderAnswers } from '../case/builder-messages';
import type { OutboxEntry } from '../decisions/outbox-entry';
import type { UndoResult } from '../decisions/outbox-service';
import type { RecordedDecision } from '../decisions/schema';
import type {
  EditorBacktestAnswer,
  EditorLoadAnswer,
  EditorMeAnswer,
  EditorPanelsAnswer,
  EditorPublishAnswer,
} from '../guidance/editor-messages';
import type { GuidanceSyncStatus } from '../guidance/sync-store';
import type { IncidentPageAnswer } from '../incidents/page-messages';
import type { IncidentSyncStatus } from '../incidents/sync-store';
import type { ApiStatus, ModelStatus } from '../status/schema';
import type { TabAssessment } from '../tab-assessment/store';
import type { TabCaseState } from '../tab-case/state';
import type {
  WriterCredentialsAnswer,
  WriterPreviewAnswer,
  WriterSaveAnswer,
  WritersListAnswer,
  WriterTestAnswer,
} from '../case/writer/writer-messages';
import type {
  AssignedTrainingAnswer,
  PracticeStatusAnswer,
  RevealAnswer,
} from '../training/practice';
import type { TrainerAnswer } from '../training/trainer-messages';
import type { EscalationAnswer } from '../escalations/escalation-messages';
import type { InvestigationAnswer } from '../investigations/investigation-messages';

/** What the background answers to each request type of `protocol.ts`. */
export interface ResponseMap {
  'case:reading': { ok: true };
  'case:found': { ok: true };
  'case:unreadable': { ok: true };
  'case:cleared': { ok: true };
  'dock:register': { ok: true };
  'panel:attach': {
    tabId: number | null;
    /** With the training status filled in when the background has learnt it since. */
    state: TabCaseState | null;
    /**
     * The tab's stored assessment, so the panel's first render can show the scores with the
     * case (it may be for an older state: the panel checks `caseId` and `caseAt`).
     */
    assessment: TabAssessment | null;
  };
  'case:assess': { ok: true } | { ok: false; message: string };
  'api:check': ApiStatus;
  'models:check': ModelStatus;
  'models:clear-cache': { cleared: number };
  'options:open': { ok: true };
  'guidance:sync-now': GuidanceSyncStatus;
  'incidents:sync-now': IncidentSyncStatus;
  'incidents:match': { ok: true } | { ok: false; message: string };
  'incidents:page': IncidentPageAnswer;
  'guidance:me': EditorMeAnswer;
  'guidance:load': EditorLoadAnswer;
  'guidance:backtest': EditorBacktestAnswer;
  'guidance:publish': EditorPublishAnswer;
  'guidance:panels': EditorPanelsAnswer;
  'training:trainer': TrainerAnswer;
  'admin:request': AdminAnswer;
  'ops:request': OpsAnswer;
  'sso:request': SsoAnswer;
  'training:status': PracticeStatusAnswer;
  'training:reveal': RevealAnswer;
  'training:mine': AssignedTrainingAnswer;
  'sla:today': { ok: true; sla: SlaToday } | { ok: false; message: string };
  'qa:panel': QaPanelAnswer;
  'qa:lead': QaLeadAnswer;
  'investigation:open': { ok: true } | { ok: false; message: string };
  'investigation:request': InvestigationAnswer;
  'escalations:request': EscalationAnswer;
  'wellness:lighter-queue': { ok: true; label: string } | { ok: false; message: string };
  'decision:submit': { state: OutboxEntry['state']; notBefore: number };
  'decision:undo': { result: UndoResult };
  'outbox:retry': { ok: true };
  'outbox:discard': { discarded: boolean };
  'outbox:discard-writeback': { discarded: boolean };
  'decisions:history':
    | { ok: true; caseDecisions: RecordedDecision[]; accountDecisions: RecordedDecision[] }
    | { ok: false; message: string };
  'adapter:page': { url: string | null };
  'adapter:test': BuilderAnswers['builder:test'];
  'adapter:pick': BuilderAnswers['builder:pick'];
  'adapter:pick-cancel': { ok: true };
  'case:highlight': { shown: boolean };
  'writers:list': WritersListAnswer;
  'writers:save': WriterSaveAnswer;
  'writers:remove': { removed: boolean };
  'writers:save-credentials': WriterCredentialsAnswer;
  'writers:preview': WriterPreviewAnswer;
  'writers:test-send': WriterTestAnswer;
}
