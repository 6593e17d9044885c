import type { ReactNode } from 'react';
import { stringify } from 'csv-stringify/browser/esm/sync';

/** One column of a dashboard table: its header, what the page shows, what the CSV keeps. */
export interface Column<Row> {
  header: string;
  /** The raw value, as exported: numbers stay numbers (ms, rates 0–1). */
  csv: (row: Row) => string | number | null;
  /** What the page shows, when it differs from the raw value. */
  cell?: (row: Row) => ReactNode;
  /** This column names the row: a `th scope="row"` for screen readers. */
  rowHeader?: boolean;
  /** Extra classes for one cell (the confusion matrix marks its diagonal). */
  cellClass?: (row: Row) => string | undefined;
}

/** A table's rows as CSV (RFC 4180 quoting by csv-stringify), header first. */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  return stringify([
    columns.map((c) => c.header),
    ...rows.map((row) => columns.map((c) => c.csv(row) ?? '')),
  ]);
}

/** Saves text as a file through a temporary link: no download permission needed. */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
