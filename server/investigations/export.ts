import { stringify } from 'csv-stringify/sync';
import type { Investigation } from '../../utils/investigations/schema';

/**
 * An investigation's set of cases as a file: CSV for spreadsheets (one row per case, its shared
 * entities in one cell) and JSON, which is the investigation as the API answers it.
 */
export const INVESTIGATION_CSV_COLUMNS = [
  'console',
  'case_id',
  'url',
  'subject',
  'decision',
  'decided_at',
  'reviewer',
  'shared_entities',
] as const;

export function investigationCsv(investigation: Investigation): string {
  const label = (i: number) => {
    const entity = investigation.entities[i];
    return entity ? `${entity.kind}:${entity.value}` : '';
  };
  const rows = investigation.cases.map((c) => [
    c.console,
    c.id,
    c.url ?? '',
    c.subject ?? '',
    c.decision?.action ?? '',
    c.decision?.decidedAt ?? '',
    c.decision?.reviewerName ?? '',
    c.shares.map(label).join(' '),
  ]);
  // Cells starting with = + - @ are read as formulas by spreadsheets: quote them as text.
  const safe = rows.map((row) => row.map((cell) => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell)));
  return stringify([[...INVESTIGATION_CSV_COLUMNS], ...safe]);
}
