import { html, raw } from 'hono/html';
import type { Html } from './format';

/** Deliberately dated: tables for layout, Verdana, grey bevels; no script at all. */
const STYLE = `
body { margin: 0; background: #e8e8e8; font: 12px Verdana, Arial, sans-serif; color: #000; }
table.masthead { width: 100%; background: #336; color: #fff; border-collapse: collapse; }
table.masthead td { padding: 6px 10px; }
table.masthead a { color: #ccf; }
#content { margin: 10px; padding: 10px; background: #fff; border: 2px outset #ccc; }
h2.ticket-title { font-size: 15px; margin: 0 0 8px; }
table.listing, table.ticket-props, table.ticket-thread { border-collapse: collapse; }
table.listing td, table.listing th, table.ticket-thread td, table.ticket-thread th {
  border: 1px solid #999; padding: 3px 6px; vertical-align: top; text-align: left; }
table.listing th, table.ticket-thread th { background: #ccd; }
table.ticket-props th { text-align: right; padding: 2px 8px 2px 0; color: #444; }
table.ticket-thread { width: 100%; margin-top: 12px; }
tr.msg td.msg-text, article.entry p.entry-text { white-space: pre-wrap; }
tr.role-agent, article.entry-agent { background: #eef6ee; }
tr.role-system, article.entry-system { background: #f4f4f4; color: #555; }
.msg-role, .entry-role { color: #666; font-size: 11px; }
.msg-files img, .entry-files img { width: 96px; border: 1px solid #999; }
div.conversation { margin-top: 12px; }
article.entry { border-bottom: 1px dotted #999; padding: 6px 0; }
`;

export function page(title: string, body: Html): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>${title} - Northwind Helpdesk</title>
        <style>
          ${raw(STYLE)}
        </style>
      </head>
      <body>
        <table class="masthead">
          <tr>
            <td><b>Northwind Helpdesk</b> v3.2</td>
            <td align="right">
              <a href="/classic/tickets">Tickets</a> | <a href="/console">New console</a>
            </td>
          </tr>
        </table>
        <div id="content">${body}</div>
      </body>
    </html> `;
}
