import type { ApiStatus } from '../status/schema';
import { readSettings } from '../settings/storage';
import { CaseApiError, caseApiGet } from './client';
import { healthSchema, meSchema } from './schema';

/** Says whether the case API answers and whom the stored token belongs to. */
export async function checkCaseApi(): Promise<ApiStatus> {
  const { caseApiUrl: baseUrl } = await readSettings();
  const checkedAt = new Date().toISOString();
  try {
    const health = await caseApiGet('/health', healthSchema, { auth: false });
    const me = await caseApiGet('/me', meSchema);
    return {
      state: 'ok',
      baseUrl,
      service: health.service,
      version: health.version,
      me,
      checkedAt,
    };
  } catch (error) {
    if (error instanceof CaseApiError) {
      return { state: error.problem, baseUrl, message: error.message, checkedAt };
    }
    throw error;
  }
}
