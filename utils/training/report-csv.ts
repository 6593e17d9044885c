import type { CohortReport, TraineeReport } from './report-types';
import type { GoldSet } from './schema';

/** A cell we write: text from outside is neutralised, numbers we computed are not. */
type Cell = string | number | null;

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV
// injection"); reviewer names and ids come from outside, so such text gets a leading
// apostrophe. Tab and carriage return are on OWASP's list too.
const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: Cell): string {
  if (cell === null) return '';
  // Only our own numbers reach here as numbers: a negative kappa must stay a number.
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: CRLF between records, fields quoted when they hold a quote, comma or newline. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

const rounded = (value: number | null) => (value === null ? null : Number(value.toFixed(4)));

const HEADER = [
  'Set ID',
  'Reviewer ID',
  'Name',
  'Done',
  'Total',
  'Accuracy',
  'Kappa',
  'Must-escalate accuracy',
  // Matched and done apart, not "2/3": a spreadsheet reads that as a date.
  'Disputed matched',
  'Disputed done',
  'Verdict',
  'Reasons',
];

function traineeRow(setId: string, t: TraineeReport): Cell[] {
  return [
    setId,
    t.reviewerId,
    t.reviewerName,
    t.done,
    t.total,
    rounded(t.accuracy),
    rounded(t.kappa),
    rounded(t.mustEscalate.accuracy),
    t.disputed.matched,
    t.disputed.done,
    t.verdict.status,
    t.verdict.reasons.join('; '),
  ];
}

/** The dashboard's trainee table as CSV, one row per trainee; shares as fractions 0–1. */
export function cohortReportCsv(report: CohortReport, set: GoldSet): string {
  return toCsv([HEADER, ...report.trainees.map((t) => traineeRow(set.id, t))]);
}
