import { html } from 'hono/html';
import type { StoredCase } from '../db/cases';
import type { ClassicDesign } from './design';
import { timestamp, user, type Html } from './format';
import { page } from './layout';
import { thread } from './thread';

/** One metadata row, left out entirely when the ticket has no value for it. */
function prop(key: string, label: string, value: Html | string | undefined): Html | undefined {
  if (value === undefined) return undefined;
  return html`<tr class="prop-${key}">
    <th>${label}</th>
    <td>${value}</td>
  </tr>`;
}

/**
 * A ticket. Its id is in the URL only (`?id=`): not in the title, the heading or any
 * attribute, as in many old tools, so an adapter has to take it from the address bar.
 */
export function ticketPage(c: StoredCase, design: ClassicDesign): Html {
  const title = c.subject ?? 'Ticket';
  const props = [
    prop('status', 'Status', c.status),
    prop('queue', 'Queue', c.queue),
    prop('priority', 'Priority', c.priority),
    prop('created', 'Created', timestamp(c.createdAt)),
    prop('sla', 'SLA due', timestamp(c.slaDueAt)),
    prop('reporter', 'Reporter', user(c.reporter)),
    prop('reported', 'Reported account', user(c.reported)),
  ];
  return page(
    title,
    html`<p class="crumbs"><a href="/classic/tickets">Tickets</a> &raquo; View ticket</p>
      ${c.subject ? html`<h2 class="ticket-title">${c.subject}</h2>` : undefined}
      <table class="ticket-props">
        <tbody>
          ${props}
        </tbody>
      </table>
      <h3>Messages (${c.items.length})</h3>
      ${thread(c.items, c.language, design)}`,
  );
}

export function notFoundPage(): Html {
  return page(
    'Ticket not found',
    html`<h2>Ticket not found</h2>
      <p>No ticket with that id.</p>`,
  );
}
