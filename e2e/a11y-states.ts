import type { Frame, Page } from 'playwright-core';
import { openEditorAsLead, switchToLeadToken } from './guidance-editor-page';
import {
  assignGoldCase,
  decisionState,
  extensionPage,
  GOLD_SET_TITLE,
  openCase,
  scoresShown,
  setFaults,
  submitDecision,
  WAIT,
} from './a11y-steps';
import { startHarness, type Harness } from './harness';
import { DEMO_TOKENS } from '../server';
import { openTrainerPage } from './training-page';
import { LEAD_PAGE_WALKS } from './a11y-lead-pages';

/**
 * Every extension page, and the docked panel in its main states, as reviewers, leads and
 * trainers meet them: the one list the accessibility tests and `bench/a11y.ts` both walk.
 * A walk calls `see` for each state it reaches, with what to check (a page, or the panel's
 * frame inside the console page).
 */
export type See = (state: string, target: Page | Frame) => Promise<void>;
export interface A11yWalk {
  name: string;
  walk(h: Harness, see: See): Promise<void>;
}

/** Long enough to check a queued decision before it is sent. */
export const UNDO_WINDOW_SECONDS = 8;

/** The harness the walks expect: faults switchable, a reviewer signed in, an undo window. */
export async function startA11yHarness(): Promise<Harness> {
  const h = await startHarness({ apiFaults: true });
  await h.configure({ undoWindowSeconds: UNDO_WINDOW_SECONDS });
  return h;
}

export const PAGE_WALKS: A11yWalk[] = [
  {
    name: 'options',
    async walk(h, see) {
      const page = await extensionPage(h, 'options.html', (p) =>
        p.getByRole('button', { name: 'Save and check' }).waitFor(),
      );
      await see('as opened', page);
      await page.getByRole('button', { name: 'Save and check' }).click();
      await page.getByRole('status').getByText('Saved.').waitFor();
      await see('after save and check', page);
      await page.getByLabel('Undo window (seconds)').fill('99');
      await page.getByRole('button', { name: 'Save and check' }).click();
      await page.locator('[data-field]').first().waitFor();
      await see('settings refused, named by field', page);
      await page.close();
    },
  },
  {
    name: 'adapters',
    async walk(h, see) {
      const page = await extensionPage(h, 'adapters.html', (p) =>
        p.getByRole('heading', { name: 'Console adapters' }).waitFor(),
      );
      await see('as opened', page);
      await page.getByTestId('adapter-json').fill('{ "format": "caselight-adapter/1" }');
      await page.getByTestId('adapter-problems').waitFor();
      await see('definition with problems', page);
      await page.close();
    },
  },
  {
    name: 'writers',
    async walk(h, see) {
      const page = await extensionPage(h, 'writers.html', (p) =>
        p.getByRole('heading', { name: 'Writers', exact: true }).waitFor(),
      );
      await see('as opened', page);
      await page.getByTestId('writer-json').fill('{ "format": "caselight-writer/1", "id": "x" }');
      await page.getByTestId('adapter-problems').waitFor();
      await see('definition with problems', page);
      await page.getByLabel('Console', { exact: true }).selectOption('redmine');
      await page.getByLabel('Console address').fill('https://tickets.example.com');
      await page.getByRole('button', { name: 'Make the definition' }).click();
      await page.getByTestId('adapter-problems').waitFor({ state: 'detached' });
      await see('definition made from a preset', page);
      await page.close();
    },
  },
  {
    name: 'guidance editor',
    async walk(h, see) {
      const page = await openEditorAsLead(h);
      await page.getByRole('heading', { name: 'Caselight guidance editor' }).waitFor();
      await see('before sign-in as a lead', page);
      await switchToLeadToken(page);
      for (const tab of ['Policies', 'Actions', 'Signals', 'Playbooks']) {
        await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
        await see(`${tab} tab`, page);
      }
      await page.close();
    },
  },
  {
    // Its own walk: the wellness tab's many fields, checked within a test's time on a busy machine.
    name: 'guidance editor, reviewer wellness',
    async walk(h, see) {
      const page = await openEditorAsLead(h);
      await switchToLeadToken(page);
      await page.getByRole('tab', { name: /^Reviewer wellness/ }).click();
      await page.getByRole('combobox', { name: 'Filter the media of' }).selectOption('threshold');
      await see('Reviewer wellness tab, threshold mode', page);
      await page.close();
    },
  },
  {
    name: 'training',
    async walk(h, see) {
      await assignGoldCase(h, 'C-1010');
      const page = await openTrainerPage(h);
      await see('signed in as a trainer', page);
      await page.getByRole('button', { name: `Open gold set ${GOLD_SET_TITLE}` }).click();
      await page.getByRole('region', { name: `Gold set ${GOLD_SET_TITLE}` }).waitFor();
      await see('a gold set with its trainee', page);
      await page.getByRole('button', { name: 'New gold set' }).click();
      await page.getByLabel('Title').waitFor();
      await see('new gold set form', page);
      await page.close();
    },
  },
  {
    name: 'admin',
    async walk(h, see) {
      const page = await extensionPage(h, 'admin.html', (p) =>
        p.getByRole('heading', { name: 'Caselight administration' }).waitFor(),
      );
      await see('signed in as a reviewer (refused)', page);
      await page.getByRole('button', { name: 'Use another token for this page' }).click();
      await page.getByLabel('Token for this page (not saved)').fill(DEMO_TOKENS.admin);
      await page.getByRole('button', { name: 'Use token' }).click();
      await page.getByRole('region', { name: 'Users' }).waitFor();
      await see('users, teams, tokens and audit as an admin', page);
      await page.getByRole('button', { name: 'Issue token to Ana Reviewer' }).click();
      await page.getByTestId('issued-token').waitFor();
      await see('a token shown once', page);
      await page.close();
    },
  },
  {
    name: 'side panel',
    async walk(h, see) {
      const { page: consoleTab } = await openCase(h, 'C-1011');
      const side = await extensionPage(h, 'sidepanel.html', (p) =>
        p.getByTestId('case-id').filter({ hasText: 'C-1011' }).waitFor(),
      );
      await scoresShown(side.mainFrame());
      await see('case and scores', side);
      await Promise.all([side.close(), consoleTab.close()]);
    },
  },
  ...LEAD_PAGE_WALKS,
];

export const PANEL_WALKS: A11yWalk[] = [
  {
    name: 'docked panel',
    async walk(h, see) {
      // Assigned before any case is opened: the background keeps a reviewer's sets for 15 s.
      const setId = await assignGoldCase(h, 'C-1005');
      const shown = await openCase(h, 'C-1001');
      await see('case shown', shown.panel);
      await shown.panel.getByRole('button', { name: 'Tour', exact: true }).click();
      await shown.panel.getByRole('dialog').waitFor();
      await see('guided tour', shown.panel);
      await shown.page.keyboard.press('Escape');
      await shown.panel.getByRole('dialog').waitFor({ state: 'detached' });
      await shown.panel.getByRole('button', { name: /Submit decision/ }).click();
      await shown.panel.getByText('Pick an action').waitFor();
      await see('decision with problems', shown.panel);
      await scoresShown(shown.panel);
      await see('scores shown', shown.panel);
      await shown.page.close();

      // Refused first: a decision still in its undo window would be refused with it.
      await setFaults(h, { mode: 'refuse-422' });
      const failed = await openCase(h, 'C-1004');
      await submitDecision(failed.panel, /Remove content/);
      await decisionState(failed.panel, 'Failed');
      await setFaults(h, { mode: 'none' });
      await see('decision failed', failed.panel);
      await failed.page.close();

      const queued = await openCase(h, 'C-1003');
      await submitDecision(queued.panel, /Remove content/);
      await decisionState(queued.panel, 'Queued');
      await see('decision queued', queued.panel);
      await queued.page.close();

      const trainee = await h.context.newPage();
      trainee.setDefaultTimeout(15_000);
      await trainee.goto(h.consoleUrl(`/console/training/sets/${setId}`));
      await trainee.locator('.training-list a').first().click();
      const panel = await h.panelFrame(trainee);
      await panel.getByTestId('practice-banner').waitFor(WAIT);
      await see('training, blind', panel);
      await trainee.close();
    },
  },
];

export const ALL_WALKS = [...PAGE_WALKS, ...PANEL_WALKS];
