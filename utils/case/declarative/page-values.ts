import type { Party } from '../schema';

/**
 * Values a case shows once for the whole page, which an item field can fall back to (a
 * one-author post names its author in the header, not in each item). Kept apart from the
 * zod schema so the content script can resolve them without loading zod.
 */
export const PAGE_VALUES = [
  'caseId',
  'subject',
  'status',
  'queue',
  'priority',
  'createdAt',
  'slaDueAt',
  'reporter.name',
  'reporter.handle',
  'reporter.id',
  'reported.name',
  'reported.handle',
  'reported.id',
] as const;

export type PageValue = (typeof PAGE_VALUES)[number];

/** Page values that are times, the only ones an item's time can fall back to. */
export const PAGE_TIMES = ['createdAt', 'slaDueAt'] as const satisfies readonly PageValue[];

export type PageValues = Partial<Record<PageValue, string>>;

interface PageRead {
  subject?: string;
  status?: string;
  queue?: string;
  priority?: string;
  createdAt?: string;
  slaDueAt?: string;
  reporter?: Party;
  reported?: Party;
}

/** What the page-level rules read, under the names fallbacks use. */
export function pageValuesOf(caseId: string | undefined, read: PageRead): PageValues {
  const { reporter, reported, ...single } = read;
  return {
    caseId,
    ...single,
    'reporter.name': reporter?.name,
    'reporter.handle': reporter?.handle,
    'reporter.id': reporter?.id,
    'reported.name': reported?.name,
    'reported.handle': reported?.handle,
    'reported.id': reported?.id,
  };
}
