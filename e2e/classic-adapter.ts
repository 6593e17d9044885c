/**
 * A lead adds a console Caselight does not know, as data, through the extension's own pages:
 * the classic demo console, served on `localhost` (a host the manifest's content script does
 * not cover), so the run-time registration is what puts the panel there.
 */
export const classicAdapter = {
  format: 'caselight-adapter/1',
  id: 'classic-admin',
  name: 'Classic admin',
  matches: ['http://localhost/*'],
  casePageUrl: '/classic/ticket\\?',
  ready: 'table.ticket-props',
  caseId: { from: 'url', regex: '[?&]id=([^&#]+)' },
  subject: { selector: 'h2.ticket-title' },
  status: { selector: 'tr.prop-status td' },
  queue: { selector: 'tr.prop-queue td' },
  priority: { selector: 'tr.prop-priority td' },
  createdAt: { selector: 'tr.prop-created .ts', attribute: 'title' },
  reporter: {
    name: { selector: 'tr.prop-reporter .user-name' },
    id: { selector: 'tr.prop-reporter .user-id' },
  },
  reported: {
    name: { selector: 'tr.prop-reported .user-name' },
    id: { selector: 'tr.prop-reported .user-id' },
  },
  items: {
    selector: 'table.ticket-thread tr.msg',
    id: { selector: ':scope', attribute: 'data-msg' },
    author: { selector: '.msg-author' },
    role: { selector: '.msg-role' },
    time: { selector: '.ts', attribute: 'title' },
    text: { selector: '.msg-text' },
    media: { selector: '.msg-files img' },
  },
  required: ['items'],
};
