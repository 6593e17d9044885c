import type { CasePolicy } from '../../utils/case-api/schema';
import { caseResolver, DEFAULT_HOSTED_CONSOLES, type CaseResolver } from './resolve-case';

/**
 * The team's settings for cases: which consoles show the case API's own cases, whether cases
 * it does not know are accepted, and whether their text is kept. Read once at start.
 */
export interface CaseOptions {
  /** Consoles (adapter ids) that show the case API's own cases; default: the two built-in. */
  hostedConsoles?: readonly string[];
  /**
   * Only known cases: a decision or a history on a console case the case API has never seen
   * is refused (404) instead of registering the case. Default false.
   */
  strictCases?: boolean;
  /** Store the items (case text) a decision carries, for `caseTextRetentionDays`. Default false. */
  keepCaseText?: boolean;
  /** How long kept case text stays before it is purged; default 30 days. */
  caseTextRetentionDays?: number;
}

export const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface CaseSettings extends CaseResolver {
  strict: boolean;
  keepCaseText: boolean;
  retentionMs: number;
  /** What `GET /case-policy` answers. */
  policy: CasePolicy;
}

export function caseSettings(options: CaseOptions = {}): CaseSettings {
  const days = options.caseTextRetentionDays ?? DEFAULT_RETENTION_DAYS;
  // A typo here would silently keep text for the wrong time: refuse to start instead.
  if (!Number.isInteger(days) || days <= 0) {
    throw new Error(`caseTextRetentionDays must be a positive whole number of days, not ${days}`);
  }
  const strict = options.strictCases ?? false;
  const keepCaseText = options.keepCaseText ?? false;
  return {
    ...caseResolver(options.hostedConsoles ?? DEFAULT_HOSTED_CONSOLES),
    strict,
    keepCaseText,
    retentionMs: days * DAY_MS,
    policy: {
      unknownCases: strict ? 'strict' : 'accept',
      keepCaseText,
      ...(keepCaseText ? { retentionDays: days } : {}),
    },
  };
}
