import type { Page } from 'playwright-core';
import { startHarness } from '../e2e/harness';
import { redmineApi } from '../e2e/redmine/use-redmine';
import { startRedmine, type StartedRedmine } from '../e2e/redmine/redmine';
import { redmineWriterPreset } from '../utils/case/presets/redmine-writer';
import { percentile } from './case-to-panel';
import type { Figure } from './page-load';
import { sendFromExtensionPage } from '../e2e/extension-message';

/**
 * Submit (undo window 0) → the console acknowledged the write-back, on Debian's Redmine on
 * loopback, as the outbox itself timed it (entry created → write-back delivered). Decisions go
 * one at a time, a little apart, as a reviewer's do; each on an issue of its own.
 */
const DECISIONS = 40;
const round = (n: number) => Math.round(n * 10) / 10;

async function createIssue(redmine: StartedRedmine, i: number): Promise<string> {
  const response = await redmineApi(redmine, '/issues.json', {
    method: 'POST',
    json: {
      issue: {
        project_id: redmine.seed.project.id,
        subject: `Bench report ${i}`,
        description: 'Spam.',
      },
    },
  });
  return String(((await response.json()) as { issue: { id: number } }).issue.id);
}

interface Row {
  createdAt: number;
  deliveredAt?: number;
  writebacks: { state: string; deliveredAt?: number }[];
}

function outboxRow(page: Page, id: string): Promise<Row | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<Row | undefined>((resolve) => {
        const open = indexedDB.open('caselight-outbox');
        open.onsuccess = () => {
          const get = open.result.transaction('entries').objectStore('entries').get(key);
          get.onsuccess = () => resolve(get.result as Row | undefined);
        };
      }),
    id,
  );
}

export async function writebackFigures(): Promise<Figure[]> {
  const redmine = await startRedmine();
  const h = await startHarness();
  try {
    await h.configure({ undoWindowSeconds: 0 });
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('options.html'));
    await sendFromExtensionPage(page, {
      type: 'writers:save',
      definition: redmineWriterPreset(redmine.url),
    });
    await sendFromExtensionPage(page, {
      type: 'writers:save-credentials',
      writerId: 'redmine',
      secret: { kind: 'token', token: redmine.apiKey },
    });
    const samples: number[] = [];
    /** Case API acknowledged → console acknowledged: the write-back's own part. */
    const ownPart: number[] = [];
    for (let i = 0; i < DECISIONS; i++) {
      const caseId = await createIssue(redmine, i);
      const id = crypto.randomUUID();
      const decision = {
        id,
        caseId,
        console: 'redmine',
        reviewerId: 'rev-ana',
        action: 'remove',
        policyIds: [],
        decidedAt: new Date().toISOString(),
        handleTimeMs: 1,
        guidanceVersion: 1,
        agreement: 'no-suggestion',
        mode: 'live',
      };
      await sendFromExtensionPage(page, { type: 'decision:submit', decision });
      for (let waited = 0; waited < 10_000; waited += 25) {
        const row = await outboxRow(page, id);
        const done = row?.writebacks[0];
        if (done?.deliveredAt) {
          samples.push(done.deliveredAt - row!.createdAt);
          ownPart.push(done.deliveredAt - (row!.deliveredAt ?? row!.createdAt));
          break;
        }
        await page.waitForTimeout(25);
      }
      await page.waitForTimeout(150);
    }
    return [
      {
        key: 'writeback_delivered_p50_ms',
        value: round(percentile(samples, 50)),
        unit: 'ms',
        goal: '',
      },
      {
        key: 'writeback_delivered_p95_ms',
        value: round(percentile(samples, 95)),
        unit: 'ms',
        goal: '≤ 300',
      },
      {
        key: 'writeback_after_case_api_p50_ms',
        value: round(percentile(ownPart, 50)),
        unit: 'ms',
        goal: '',
      },
      { key: 'writeback_delivered_samples', value: samples.length, unit: '', goal: `${DECISIONS}` },
    ];
  } finally {
    await h.close();
    await redmine.close();
  }
}
