import { z } from 'zod';
import { slaTodayQuerySchema } from '../ops/sla-schema';
import { adminRequestSchema } from '../admin/admin-messages';
import { opsRequestSchema } from '../ops/ops-messages';
import { qaLeadRequestSchema, qaPanelRequestSchema } from '../qa/qa-messages';
import { ssoRequestSchema } from '../sso/sso-messages';
import { declarativeAdapterSchema } from '../case/declarative/schema';
import { caseFieldSchema, caseSchema } from '../case/schema';
import { decisionSchema } from '../decisions/schema';
import { guidancePackSchema } from '../guidance/schema';
import { incidentMatchMessageSchema, incidentPageRequestSchema } from '../incidents/page-messages';
import {
  writerIdSchema,
  writerSecretInputSchema,
  writerTestSchema,
} from '../case/writer/writer-messages';
import { trainerRequestSchema } from '../training/trainer-messages';
import { escalationRequestSchema } from '../escalations/escalation-messages';
import { investigationRequestSchema } from '../investigations/investigation-messages';

/**
 * The one message protocol between contexts. Requests are parsed with zod by the receiver
 * before anything acts on them; `senders.ts` says which context may send each type, checked
 * against the browser-supplied sender (which the page cannot forge).
 */

export const extractionMessageSchema = z.object({
  adapterId: z.string().max(100),
  case: caseSchema,
  missing: z.array(caseFieldSchema),
  truncatedFrom: z.number().int().positive().optional(),
});

/**
 * The guidance editor may act with a token the lead types for that page only (a lead working
 * at a reviewer's browser); without one the configured token is used. The case API checks it.
 */
const editorToken = z.string().trim().min(1).max(500).optional();
/** How old a successful check may be for the asker (at most ten minutes). */
const recentEnoughMs = z.number().int().positive().max(600_000).optional();

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('case:reading'), adapterId: z.string().max(100) }),
  z.object({ type: z.literal('case:found'), extraction: extractionMessageSchema }),
  z.object({
    type: z.literal('case:unreadable'),
    adapterId: z.string().max(100),
    problem: z.string().max(1000),
    /** Required fields that matched nothing: counted per adapter for the lead (self-check). */
    broken: z.array(caseFieldSchema).max(9).optional(),
  }),
  z.object({ type: z.literal('case:cleared') }),
  /** The content script's dock token for its own tab (see `utils/dock/dock-token.ts`). */
  z.object({ type: z.literal('dock:register'), token: z.string().regex(/^[0-9a-f]{32}$/) }),
  z.object({
    type: z.literal('panel:attach'),
    /**
     * The docked panel reads its own tab; the side panel follows its window's active tab; the
     * side-panel page opened as a tab of its own follows the tab that last showed a case.
     */
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('own-tab') }),
      z.object({ kind: z.literal('active-tab'), windowId: z.number().int() }),
      z.object({ kind: z.literal('last-case-tab') }),
    ]),
  }),
  /** Scores the case the panel shows; the result lands in session storage for every panel. */
  z.object({ type: z.literal('case:assess'), tabId: z.number().int().nonnegative() }),
  /**
   * Connection checks. With `maxAgeMs`, a healthy answer that recent is enough (panels opening
   * and rechecking); without, the check runs now ("Check again", saved options).
   */
  z.object({ type: z.literal('api:check'), maxAgeMs: recentEnoughMs }),
  z.object({ type: z.literal('models:check'), maxAgeMs: recentEnoughMs }),
  /** Options: forget every cached assessment, so cases are scored afresh. */
  z.object({ type: z.literal('models:clear-cache') }),
  /** A panel's "Open options": Firefox's docked panel has no runtime.openOptionsPage. */
  z.object({ type: z.literal('options:open') }),
  /** A panel opened: check for new guidance now rather than at the next tick. */
  z.object({ type: z.literal('guidance:sync-now'), maxAgeMs: recentEnoughMs }),
  z.object({ type: z.literal('incidents:sync-now'), maxAgeMs: recentEnoughMs }),
  /** Panel: its case matches an open incident (counted per hour on the incident page). */
  incidentMatchMessageSchema.extend({ type: z.literal('incidents:match') }),
  /** Incident page: the list, one incident's timeline and checklist, tick, close. */
  z.object({ type: z.literal('incidents:page'), request: incidentPageRequestSchema }),
  /** Guidance editor: whom the token belongs to, the latest version, backtest, publish, panels. */
  z.object({ type: z.literal('guidance:me'), token: editorToken }),
  z.object({ type: z.literal('guidance:load'), token: editorToken }),
  z.object({
    type: z.literal('guidance:backtest'),
    token: editorToken,
    current: guidancePackSchema,
    candidate: guidancePackSchema,
    limit: z.number().int().min(1).max(10_000),
  }),
  z.object({
    type: z.literal('guidance:publish'),
    token: editorToken,
    baseVersion: z.number().int().positive(),
    pack: guidancePackSchema,
  }),
  z.object({ type: z.literal('guidance:panels'), token: editorToken }),
  /** Trainer page: gold sets, assignments, attempts, calibration; the op picks a fixed path. */
  z.object({
    type: z.literal('training:trainer'),
    token: editorToken,
    request: trainerRequestSchema,
  }),
  /** Admin page: users, teams, tokens, audit log; the op picks a fixed `/api/admin` path. */
  z.object({ type: z.literal('admin:request'), token: editorToken, request: adminRequestSchema }),
  /** Operations dashboard: figures the case API scopes by the token's role. */
  z.object({ type: z.literal('ops:request'), token: editorToken, request: opsRequestSchema }),
  /** Options page: single sign-on status, sign in (PKCE through the provider), sign out. */
  z.object({ type: z.literal('sso:request'), request: ssoRequestSchema }),
  /** Panel: is the case on screen an assigned gold case; its gold answer after the attempt. */
  z.object({ type: z.literal('training:status'), caseId: z.string().min(1).max(200) }),
  z.object({ type: z.literal('training:reveal'), caseId: z.string().min(1).max(200) }),
  z.object({ type: z.literal('training:mine') }),
  /** Panel footer: the open case's queue's SLA breaches today (`since`: local midnight). */
  z.object({ type: z.literal('sla:today'), query: slaTodayQuerySchema }),
  /** QA in the panel (queue, blind review, my results, dispute) and the lead's settling. */
  z.object({ type: z.literal('qa:panel'), request: qaPanelRequestSchema }),
  z.object({ type: z.literal('qa:lead'), request: qaLeadRequestSchema }),
  /** Panel's "Investigate": records the tab's case's entities, then opens the investigation. */
  z.object({ type: z.literal('investigation:open'), tabId: z.number().int().nonnegative() }),
  investigationRequestSchema,
  /** Panel: the case's safety escalations; leads acknowledge and close them. */
  escalationRequestSchema,
  /** Exposure suggestion: the lead's lighter queue for the tab's case, opened in that tab. */
  z.object({ type: z.literal('wellness:lighter-queue'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('decision:submit'), decision: decisionSchema }),
  z.object({ type: z.literal('decision:undo'), decisionId: z.uuid() }),
  z.object({ type: z.literal('outbox:retry'), decisionIds: z.array(z.uuid()).max(10_000) }),
  /** Dropping an undelivered decision needs the reviewer's explicit confirmation. */
  z.object({ type: z.literal('outbox:discard'), decisionId: z.uuid(), confirmed: z.literal(true) }),
  /** Drops one write-back the console refused, keeping the decision (needs confirmation too). */
  z.object({
    type: z.literal('outbox:discard-writeback'),
    decisionId: z.uuid(),
    writerId: z.string().min(1).max(64),
    confirmed: z.literal(true),
  }),
  /** Adapter builder: the tab's address, once the lead allowed Caselight on its site. */
  z.object({ type: z.literal('adapter:page'), tabId: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('adapter:test'),
    tabId: z.number().int().nonnegative(),
    definition: declarativeAdapterSchema,
  }),
  z.object({
    type: z.literal('adapter:pick'),
    tabId: z.number().int().nonnegative(),
    kind: z.enum(['field', 'items', 'item-field']),
    hint: z.string().max(200),
    itemsSelector: z.string().max(500).optional(),
  }),
  z.object({ type: z.literal('adapter:pick-cancel'), tabId: z.number().int().nonnegative() }),
  /** Scrolls the console to one message of its case and rings it (drawn by the content script). */
  z.object({
    type: z.literal('case:highlight'),
    tabId: z.number().int().nonnegative(),
    itemId: z.string().min(1).max(200),
  }),
  /** A case is named by its console (the adapter id) and the console's own id. */
  z.object({
    type: z.literal('decisions:history'),
    console: z.string().min(1).max(100),
    caseId: z.string().min(1).max(200),
    accountId: z.string().max(200).optional(),
  }),
  /** Writers page. The handler checks a definition with writerSchema, naming each field. */
  z.object({ type: z.literal('writers:list') }),
  z.object({ type: z.literal('writers:save'), definition: z.unknown() }),
  z.object({ type: z.literal('writers:remove'), id: writerIdSchema }),
  /** Bound to the writer's origin when saved; `null` forgets them. */
  z.object({
    type: z.literal('writers:save-credentials'),
    writerId: writerIdSchema,
    secret: writerSecretInputSchema.nullable(),
  }),
  z.object({
    type: z.literal('writers:preview'),
    writerId: writerIdSchema,
    test: writerTestSchema,
  }),
  /** Writes into the console for real: only after the lead confirms. */
  z.object({
    type: z.literal('writers:test-send'),
    writerId: writerIdSchema,
    test: writerTestSchema,
    confirmed: z.literal(true),
  }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type ExtractionMessage = z.infer<typeof extractionMessageSchema>;
export type { ResponseMap } from './response-map';

/** What the receiver answers when a request is refused; never thrown across contexts. */
export interface RefusedResponse {
  refused: string;
}
