import { spawnSync } from 'node:child_process';
import { DEMO_TOKENS, startCaseApi } from '../server';
import { startOpenAIStandIn } from '../server/openai-stand-in';
import { launchWithExtension } from '../e2e/browser';
import { fillOptions } from '../e2e/options-page';
import { redmineInstalled, startDemoRedmine, walkThroughRedmine } from './demo-redmine';
import { createDemoTrainingSet } from './demo-training';
import { walkThroughCases } from './demo-walkthrough';

/**
 * `npm run demo`: the reference case API and demo console on loopback, the extension built
 * and loaded in Chromium, signed in as the demo reviewer. With a display it opens a window and
 * runs until Ctrl-C; without one (or with --headless) it walks through a few cases headless
 * and writes screenshots.
 */
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const withRedmine = process.argv.includes('--redmine');
const preferredPort = Number(process.env.CASELIGHT_DEMO_PORT ?? 4317);

async function startApi() {
  try {
    return await startCaseApi({ demo: true, port: preferredPort });
  } catch {
    console.log(`Port ${preferredPort} is busy; using a free port instead.`);
    return startCaseApi({ demo: true, port: 0 });
  }
}

// Everything the demo needs from the machine comes first: on a bare machine it installs it
// (or says in one line what to run) before any server or build starts.
const needed = withRedmine ? ['chromium', 'redmine'] : ['chromium'];
const ensured = spawnSync('scripts/ensure-system.sh', needed, { stdio: 'inherit' });
if (ensured.status !== 0) process.exit(ensured.status ?? 1);

console.log('Building the extension…');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const api = await startApi();
const realOpenAI = process.env.OPENAI_API_KEY;
const standIn = realOpenAI ? undefined : await startOpenAIStandIn({ port: 0 });
const models = realOpenAI
  ? { modelBaseUrl: 'https://api.openai.com/v1', modelKey: realOpenAI }
  : { modelBaseUrl: standIn!.url, modelKey: 'stand-in-key' };
console.log(`Case API and demo console: ${api.url}/console`);
console.log(
  realOpenAI
    ? 'Models: OpenAI (OPENAI_API_KEY is set).'
    : `Models: the OpenAI stand-in at ${standIn!.url} (OPENAI_API_KEY is not set; scores are simulated).`,
);

const trainingUrl = await createDemoTrainingSet(api.url);
console.log(`Training console (a gold set assigned to the demo reviewer): ${trainingUrl}`);

// Headed, a first-time reviewer meets the guided tour; the headless walk-through presses keys.
const { context, extensionId } = await launchWithExtension({
  headed: !headless,
  showTour: !headless,
});
const check = await fillOptions(context, extensionId, {
  caseApiUrl: `${api.url}/api`,
  token: DEMO_TOKENS.reviewer,
  ...models,
});
console.log(`Extension ${extensionId} configured: ${check}`);

if (!withRedmine && redmineInstalled())
  console.log(
    'Redmine is installed: npm run demo -- --redmine also runs one, with its adapter and writer, to see decisions land in a console we did not build.',
  );
const redmine = withRedmine ? await startDemoRedmine(context, extensionId) : undefined;
if (redmine)
  console.log(
    `Redmine: ${redmine.url}/issues/1 (signed in as the reviewer tkim; password ${redmine.seed.password}). Decisions there are written back as notes.`,
  );

const shutdown = async () => {
  await context.close().catch(() => {});
  await Promise.all([api.close(), standIn?.close(), redmine?.close()]);
};

if (headless) {
  const folder = await walkThroughCases(context, extensionId, api.url);
  if (redmine) await walkThroughRedmine(context, extensionId, redmine);
  console.log(`No display: walked through the demo headless. Screenshots are in ${folder}`);
  await shutdown();
} else {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${api.url}/console/cases/C-1001`);
  console.log('Chromium is open on the demo console. Press Ctrl-C to stop.');
  process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));
  context.on('close', () => void shutdown().then(() => process.exit(0)));
}
