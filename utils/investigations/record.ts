import { caseApiFetch, CaseApiError, serverMessage } from '../case-api/client';
import type { Case } from '../case/schema';
import { readEntityKey } from './entity-key';
import { extractEntities } from './extract';
import { protectEntities } from './hash';
import { investigationPath, type CaseEntitiesInput } from './schema';

/**
 * Background only: tells the case API which entities a case holds, when a panel shows it and
 * before an investigation opens. The body is built here, after hashing, so nothing upstream can
 * put a raw email or phone number in it.
 */
export async function buildCaseEntities(found: Case): Promise<CaseEntitiesInput> {
  const key = await readEntityKey();
  const entities = protectEntities(extractEntities(found), key);
  return { url: found.url, subject: found.subject, entities };
}

// The last body sent per case, so a panel reopening on the same case sends nothing again.
const lastSent = new Map<string, string>();
const MAX_REMEMBERED = 200;

export async function recordCaseEntities(found: Case, force = false): Promise<void> {
  const body = await buildCaseEntities(found);
  const caseKey = `${found.console}\n${found.id}`;
  const fingerprint = JSON.stringify(body);
  if (!force && lastSent.get(caseKey) === fingerprint) return;
  const response = await caseApiFetch(investigationPath(found.console, found.id, 'entities'), {
    method: 'PUT',
    body,
  });
  if (!response.ok) {
    throw new CaseApiError(
      response.status === 401 || response.status === 403 ? 'unauthorized' : 'bad-response',
      `The case API did not record the case's entities: ${await serverMessage(response)}`,
    );
  }
  lastSent.delete(caseKey);
  lastSent.set(caseKey, fingerprint);
  if (lastSent.size > MAX_REMEMBERED) lastSent.delete(lastSent.keys().next().value ?? '');
}
