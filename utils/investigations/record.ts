import { caseApiFetch, CaseApiError, serverMessage } from '../case-api/client';
import type { Case } from '../case/schema';
import { readEntityKey } from './entity-key';
import { extractEntities } from './extract';
import { protectEntities } from './hash';
import { entitySetHash, recentlyRecorded, rememberRecorded } from './recorded-cases';
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

export async function recordCaseEntities(found: Case, force = false): Promise<void> {
  const body = await buildCaseEntities(found);
  const hash = entitySetHash(body);
  if (!force && (await recentlyRecorded(found.console, found.id, hash))) return;
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
  await rememberRecorded(found.console, found.id, hash);
}
