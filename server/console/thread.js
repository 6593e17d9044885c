// @ts-check
import { el } from './dom.js';
import { formatShort } from './format.js';

/**
 * The parties block and the message thread of a case page, in the exact DOM shape the
 * Caselight adapter reads (see server/README or the brief): every value is a text node.
 * @typedef {import('./api.js').Party} Party
 * @typedef {import('./api.js').CaseItem} CaseItem
 * @typedef {import('./api.js').Media} Media
 */

const ROLES = new Set(['reporter', 'reported', 'agent', 'system', 'other']);

/**
 * <div class="party" data-party="reporter"><span class="party-name">…</span> <span
 * class="party-handle">…</span> <code class="party-id">…</code></div>
 * @param {'reporter' | 'reported'} kind
 * @param {Party} party
 */
export function renderParty(kind, party) {
  const parts = [
    party.name ? el('span', { class: 'party-name' }, party.name) : null,
    party.handle ? el('span', { class: 'party-handle' }, party.handle) : null,
    party.id ? el('code', { class: 'party-id' }, party.id) : null,
  ].filter((part) => part !== null);
  const node = el('div', { class: 'party', 'data-party': kind });
  parts.forEach((part, index) => node.append(...(index > 0 ? [' ', part] : [part])));
  return node;
}

/** @param {Media} media */
function renderAttachment(media) {
  const content =
    media.kind === 'image'
      ? el('img', { src: media.url, alt: media.alt ?? '' })
      : el('a', { href: media.url, target: '_blank', rel: 'noopener' }, media.alt ?? media.url);
  return el(
    'figure',
    { class: 'attachment', 'data-attachment-id': media.id },
    content,
    media.alt ? el('figcaption', {}, media.alt) : null,
  );
}

/** @param {CaseItem} item */
function renderMessage(item) {
  // dir=auto here too: the li's direction follows its first text, the (often Latin) author.
  const body = el('div', { class: 'message-body', dir: 'auto' });
  body.textContent = item.text;
  return el(
    'li',
    {
      class: 'message',
      'data-message-id': item.id,
      'data-role': ROLES.has(item.role) ? item.role : 'other',
      dir: 'auto',
    },
    el(
      'div',
      { class: 'message-head' },
      el('span', { class: 'message-author' }, item.author),
      item.time ? ' ' : null,
      item.time ? el('time', { datetime: item.time }, formatShort(item.time)) : null,
    ),
    body,
    ...item.media.map(renderAttachment),
  );
}

/**
 * <ol class="thread"> with one li.message per item, in thread order.
 * @param {CaseItem[]} items
 */
export function renderThread(items) {
  return el('ol', { class: 'thread' }, ...items.map(renderMessage));
}
