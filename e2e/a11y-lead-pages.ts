import { extensionPage } from './a11y-steps';
import type { A11yWalk } from './a11y-states';

/**
 * The pages leads, QA and investigators open from the options page or the panel, as a
 * reviewer's browser first opens them (signed in with the harness's reviewer token): each must
 * say what it is and why it shows nothing more, inside landmarks, with no serious violation.
 * Their own end-to-end tests walk the signed-in states.
 */
const opened = (name: string, path: string, heading: string | RegExp): A11yWalk => ({
  name,
  async walk(h, see) {
    const page = await extensionPage(h, path, (p) =>
      p.getByRole('heading', { name: heading, level: 1 }).waitFor(),
    );
    await see('as opened', page);
    await page.close();
  },
});

export const LEAD_PAGE_WALKS: A11yWalk[] = [
  opened('operations dashboard', 'ops.html', 'Caselight operations'),
  opened('incidents', 'incident.html', 'Incidents'),
  opened('QA disputes', 'qa-disputes.html', 'QA disputes'),
  opened(
    'investigation',
    'investigate.html?console=demo-console&case=C-1003',
    /^Investigation of case C-1003/,
  ),
];
