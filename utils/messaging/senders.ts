import type { RequestType } from './protocol';

/**
 * Who sent a message, as the router judges it from what the browser says about the sender:
 * - `content-script`: our content script, in the top frame of a console tab;
 * - `top-page`: an extension page that is no frame of anything: in a tab of its own
 *   (options, guidance editor, trainer, admin, writers, adapters) or with no tab (the side panel);
 * - `docked-panel`: an extension page framed in a tab whose address carries the dock token
 *   that tab's content script registered, i.e. the panel our own dock mounted there.
 * An extension page framed anywhere without that token (a site framing panel.html) is no
 * kind at all and gets nothing.
 */
export type SenderKind = 'content-script' | 'top-page' | 'docked-panel';

const CONTENT: SenderKind[] = ['content-script'];
/** Bound to the case on screen: the panel, docked or in the side panel. */
const PANEL: SenderKind[] = ['top-page', 'docked-panel'];
/** Acting for a lead or trainer, or on settings: never from a frame inside a web page. */
const TOP: SenderKind[] = ['top-page'];

export const senders: Record<RequestType, SenderKind[]> = {
  'case:reading': CONTENT,
  'case:found': CONTENT,
  'case:unreadable': CONTENT,
  'case:cleared': CONTENT,
  'dock:register': CONTENT,
  'panel:attach': PANEL,
  'case:assess': PANEL,
  'api:check': PANEL,
  'models:check': PANEL,
  'models:clear-cache': TOP,
  'options:open': PANEL,
  'guidance:sync-now': PANEL,
  'incidents:sync-now': PANEL,
  'incidents:match': PANEL,
  'incidents:page': TOP,
  'guidance:me': TOP,
  'guidance:load': TOP,
  'guidance:backtest': TOP,
  'guidance:publish': TOP,
  'guidance:panels': TOP,
  'training:trainer': TOP,
  'admin:request': TOP,
  'ops:request': TOP,
  'sso:request': TOP,
  'training:status': PANEL,
  'training:reveal': PANEL,
  'training:mine': PANEL,
  'sla:today': PANEL,
  'qa:panel': PANEL,
  // Settling a dispute acts for a lead: never from a frame inside a web page.
  'qa:lead': TOP,
  'investigation:open': PANEL,
  // The investigation page is a tab of its own: notes and exports never from a frame.
  'investigation:request': TOP,
  'escalations:request': PANEL,
  'wellness:lighter-queue': PANEL,
  'decision:submit': PANEL,
  'decision:undo': PANEL,
  'outbox:retry': PANEL,
  'outbox:discard': PANEL,
  'outbox:discard-writeback': PANEL,
  'decisions:history': PANEL,
  // The panel builds an adapter for the page it is docked in; the router holds a docked
  // panel to its own tab for every request that names one.
  'adapter:page': PANEL,
  'adapter:test': PANEL,
  'adapter:pick': PANEL,
  'adapter:pick-cancel': PANEL,
  'case:highlight': PANEL,
  'writers:list': TOP,
  'writers:save': TOP,
  'writers:remove': TOP,
  'writers:save-credentials': TOP,
  'writers:preview': TOP,
  'writers:test-send': TOP,
};
