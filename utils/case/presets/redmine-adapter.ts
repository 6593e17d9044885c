import type { DeclarativeAdapter } from '../declarative/schema';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Redmine 5 issue pages (`/issues/<n>`) as a Caselight case, checked against Debian's Redmine 5
 * in the end-to-end tests (fixture: `__fixtures__/redmine-issue.html`). An issue is a report:
 * its author is the reporter, its project the queue, its description the first item and each
 * journal with notes one more item. Journals that only change fields are not messages.
 *
 * The issue block, not only its description, is the first item, so the description's author
 * and time come from the block's own "Added by" line with the same selectors as a journal's.
 *
 * `baseUrl` is the Redmine root (origin, or origin + path when Redmine lives under one).
 * Who was reported is no built-in Redmine field: pass the id of the issue custom field that
 * holds it (e.g. "Reported account"), else the lead adds a rule for it. Times are read from the
 * link titles Redmine writes in its display format and zone (by default `11/20/2026 08:14 AM`,
 * the viewer's zone), so they are right when the browser and Redmine agree on the zone.
 */
export function redmineAdapterPreset(
  baseUrl: string,
  options: { reportedAccountFieldId?: number; id?: string } = {},
): DeclarativeAdapter {
  const root = new URL(baseUrl);
  const base = `${root.origin}${root.pathname}`.replace(/\/+$/, '');
  const issue = 'div.issue.details';
  const byLine = `${issue} p.author a.user`;
  const field = options.reportedAccountFieldId;
  return {
    format: 'caselight-adapter/1',
    // The Redmine writer preset (./redmine-writer.ts) writes decisions for console 'redmine'.
    id: options.id ?? 'redmine',
    name: `Redmine (${root.host})`,
    matches: [`${base}/issues/*`],
    ready: issue,
    // Only the issue page itself: not /issues/1/edit, /issues/1/time_entries or lists.
    caseId: { from: 'url', regex: `^${escapeRegExp(base)}/issues/(\\d+)(?:[?#]|$)` },
    subject: { selector: `${issue} div.subject h3` },
    status: { selector: `${issue} .status.attribute > .value` },
    priority: { selector: `${issue} .priority.attribute > .value` },
    queue: { selector: '#header h1 .current-project' },
    // The link just after the author's: the second dated link on that line is "Updated".
    createdAt: { selector: `${byLine} + a[title]`, attribute: 'title' },
    reporter: {
      name: { selector: byLine },
      id: { selector: byLine, attribute: 'href', regex: '/users/(\\d+)$' },
    },
    reported: field
      ? { name: { selector: `${issue} .cf_${field}.attribute > .value` } }
      : undefined,
    items: {
      selector: `${issue}, #history div.journal.has-notes`,
      // `change-<journal id>`, the id Redmine's REST API gives the journal; the issue block has none.
      id: { selector: ':scope', attribute: 'id' },
      author: { selector: 'p.author a.user, h4.note-header a.user' },
      // The issue block's class list starts with "issue": its description is the reporter's.
      role: {
        selector: ':scope',
        attribute: 'class',
        regex: '^(issue)\\b',
        map: { issue: 'reporter' },
      },
      time: {
        selector: 'p.author a.user + a[title], h4.note-header a.user + a[title]',
        attribute: 'title',
      },
      // A long-text custom field also renders as .wiki inside the issue block: name the parents.
      text: { selector: 'div.description > div.wiki, div.note > div.wiki' },
    },
    required: ['subject', 'status', 'reporter', 'items'],
    exampleUrls: [`${base}/issues/1`],
  };
}
