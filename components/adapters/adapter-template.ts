import type { DeclarativeAdapterInput } from '../../utils/case/declarative/schema';

/** What a new adapter starts from: every part named, so a lead edits rather than recalls. */
export const ADAPTER_TEMPLATE: DeclarativeAdapterInput = {
  format: 'caselight-adapter/1',
  id: 'my-console',
  name: 'My console',
  matches: ['https://support.example.com/*'],
  ready: '.ticket',
  caseId: { from: 'url', regex: '/tickets/([^/?#]+)' },
  subject: { selector: '.ticket-subject' },
  status: { selector: '.ticket-status' },
  createdAt: { selector: '.ticket-created', attribute: 'datetime' },
  reporter: { name: { selector: '.requester-name' } },
  reported: { id: { selector: '.reported-account', attribute: 'data-user-id' } },
  items: {
    selector: '.ticket-thread .comment',
    id: { selector: ':scope', attribute: 'data-comment-id' },
    author: { selector: '.comment-author' },
    time: { selector: 'time', attribute: 'datetime' },
    text: { selector: '.comment-body' },
    media: { selector: 'img.attachment', attribute: 'src' },
  },
  required: ['items'],
};
