import { DEMO_TOKENS } from '../server';
import { startHarness } from '../e2e/harness';

const h = await startHarness();
try {
  await h.configure();
  const page = await h.context.newPage();
  page.on('console', (m) => console.log('PAGE', m.type(), m.text()));
  await page.goto(h.extensionUrl('guidance.html'));
  await page.getByTestId('editor-identity').filter({ hasText: 'Signed in as' }).waitFor();
  console.log(await page.getByTestId('editor-identity').textContent());
  console.log(await page.getByTestId('not-a-lead').textContent());
  await page.getByRole('button', { name: 'Use another token for this page' }).click();
  await page.getByLabel('Token for this page (not saved)').fill(DEMO_TOKENS.lead);
  await page.getByRole('button', { name: 'Use token' }).click();
  await page.getByTestId('editor-identity').filter({ hasText: 'Priya' }).waitFor();
  await page.getByTestId('validation').filter({ hasText: 'No problems' }).waitFor();
  await page.setViewportSize({ width: 1300, height: 3000 });
  await page.screenshot({ path: '/tmp/probe/editor.png', fullPage: false });
  console.log(await page.getByTestId('panels-table').textContent().catch((e) => String(e)));
} finally {
  await h.close();
}
