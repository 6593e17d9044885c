import { readFileSync } from 'node:fs';
import { DEMO_TOKENS, DEMO_USERS } from '../server';
import { parseGoldImport } from '../utils/training/gold-import';
import { goldSetSchema } from '../utils/training/schema';

/**
 * The demo's training set: the example gold file, created through the case API as a trainer
 * would and assigned to the demo reviewer, so the training console and the blind panel can be
 * tried at once. Answers the set's training console address.
 */
export async function createDemoTrainingSet(apiUrl: string): Promise<string> {
  const file = readFileSync('components/training/examples/gold-set.example.json', 'utf8');
  const parsed = parseGoldImport(file);
  if (!parsed.ok) {
    const problems = parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new Error(`The example gold file is invalid: ${problems}`);
  }
  const headers = {
    authorization: `Bearer ${DEMO_TOKENS.trainer}`,
    'content-type': 'application/json',
  };
  const { title, description, items } = parsed.value;
  const created = await fetch(`${apiUrl}/api/training/sets`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ title: title ?? 'Demo gold set', description, items }),
  });
  if (created.status !== 201) throw new Error(`Creating the demo gold set: ${created.status}`);
  const set = goldSetSchema.parse(await created.json());
  await fetch(`${apiUrl}/api/training/sets/${set.id}/assignments`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ reviewerIds: [DEMO_USERS.reviewer.id] }),
  });
  return `${apiUrl}/console/training/sets/${set.id}`;
}
