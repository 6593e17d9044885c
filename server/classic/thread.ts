import { html } from 'hono/html';
import type { CaseItem, Media } from '../../utils/case/schema';
import type { ClassicDesign } from './design';
import { timestamp, type Html } from './format';

function files(media: Media[]): Html[] {
  return media.map(
    (m) =>
      html`<a href="${m.url}" data-file="${m.id}" target="_blank"
        ><img src="${m.url}" alt="${m.alt ?? ''}"
      /></a>`,
  );
}

/** Design 1: one table row per message; a hidden row is the (unused) row template. */
function messageRow(item: CaseItem): Html {
  return html`<tr class="msg role-${item.role}" data-msg="${item.id}">
    <td class="msg-from">
      <span class="msg-author">${item.author}</span><br /><span class="msg-role">${item.role}</span>
    </td>
    <td class="msg-when">${timestamp(item.time)}</td>
    <td class="msg-text" dir="auto">${item.text}</td>
    <td class="msg-files">${files(item.media)}</td>
  </tr>`;
}

function threadTable(items: CaseItem[], lang: string | undefined): Html {
  return html`<table class="ticket-thread" lang="${lang ?? 'en'}">
    <thead>
      <tr>
        <th>From</th>
        <th>Date</th>
        <th>Message</th>
        <th>Attachments</th>
      </tr>
    </thead>
    <tbody>
      <tr class="msg msg-template" data-msg="{{id}}" hidden>
        <td class="msg-from">
          <span class="msg-author">{{author}}</span><br /><span class="msg-role">{{role}}</span>
        </td>
        <td class="msg-when"><span class="ts" title="{{iso}}">{{time}}</span></td>
        <td class="msg-text" dir="auto">{{text}}</td>
        <td class="msg-files"></td>
      </tr>
      ${items.map(messageRow)}
    </tbody>
  </table>`;
}

/** Design 2, the "redesign": the same messages as articles, no table, new class names. */
function entry(item: CaseItem): Html {
  const attachments = item.media.length
    ? html`<div class="entry-files">${files(item.media)}</div>`
    : undefined;
  return html`<article class="entry entry-${item.role}" data-entry="${item.id}">
    <header class="entry-head">
      <b class="entry-author">${item.author}</b>
      <span class="entry-role">${item.role}</span> &middot; ${timestamp(item.time)}
    </header>
    <p class="entry-text" dir="auto">${item.text}</p>
    ${attachments}
  </article>`;
}

function conversation(items: CaseItem[], lang: string | undefined): Html {
  return html`<div class="conversation" lang="${lang ?? 'en'}">
    <template
      ><article class="entry" data-entry="{{id}}">
        <p class="entry-text">{{text}}</p>
      </article></template
    >${items.map(entry)}
  </div>`;
}

export function thread(items: CaseItem[], lang: string | undefined, design: ClassicDesign): Html {
  return design === 2 ? conversation(items, lang) : threadTable(items, lang);
}
