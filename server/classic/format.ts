import { html } from 'hono/html';
import type { Party } from '../../utils/case/schema';

/** What `html` returns: escaped markup, possibly still resolving. */
export type Html = ReturnType<typeof html>;

// UTC, so a page renders the same on every machine (and in fixtures saved from it).
const human = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** "Nov 20, 08:14" for people, the exact ISO time in `title` for tools (and tooltips). */
export function timestamp(iso: string | undefined): Html | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return html`<span class="ts" title="${date.toISOString()}">${human.format(date)}</span>`;
}

/** A person as old admin tools show one: name, handle in brackets, numeric-ish id. */
export function user(party: Party | undefined): Html | undefined {
  if (!party) return undefined;
  const name = party.name ? html`<span class="user-name">${party.name}</span>` : undefined;
  const handle = party.handle ? html` (<span class="user-handle">${party.handle}</span>)` : '';
  const id = party.id ? html` [<span class="user-id">${party.id}</span>]` : '';
  return html`${name}${handle}${id}`;
}
