import { html } from 'hono/html';
import type { CaseSummary } from '../../utils/case-api/schema';
import type { ClassicDesign } from './design';
import { timestamp, type Html } from './format';
import { page } from './layout';

/** Where a ticket lives; the id is only ever in this URL, never in the page itself. */
export function ticketHref(id: string, design?: ClassicDesign): string {
  const query = new URLSearchParams({ id });
  if (design !== undefined) query.set('design', String(design));
  return `/classic/ticket?${query}`;
}

function row(c: CaseSummary, design: ClassicDesign | undefined): Html {
  return html`<tr>
    <td><a href="${ticketHref(c.id, design)}">${c.subject ?? '(no subject)'}</a></td>
    <td>${c.status}</td>
    <td>${c.queue}</td>
    <td>${c.priority}</td>
    <td>${timestamp(c.createdAt)}</td>
    <td>${timestamp(c.slaDueAt)}</td>
    <td align="right">${c.itemCount}</td>
  </tr>`;
}

/** The ticket list: one plain table, in queue order, links to each ticket. */
export function listPage(cases: CaseSummary[], design: ClassicDesign | undefined): Html {
  return page(
    'Tickets',
    html`<h2>Open tickets (${cases.length})</h2>
      <table class="listing">
        <thead>
          <tr>
            <th>Subject</th>
            <th>Status</th>
            <th>Queue</th>
            <th>Priority</th>
            <th>Created</th>
            <th>SLA due</th>
            <th>Msgs</th>
          </tr>
        </thead>
        <tbody>
          ${cases.map((c) => row(c, design))}
        </tbody>
      </table>`,
  );
}
