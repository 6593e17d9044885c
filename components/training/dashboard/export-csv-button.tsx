import type { CohortReport } from '../../../utils/training/report';
import { cohortReportCsv } from '../../../utils/training/report-csv';
import type { GoldSet } from '../../../utils/training/schema';
import { csvFileName } from './format';

function download(text: string, fileName: string) {
  // The byte-order mark lets Excel read non-ASCII reviewer names as UTF-8.
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Firefox follows only a link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: revoking at once can cancel the download before it starts.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportCsvButton(props: { report: CohortReport; set: GoldSet }) {
  return (
    <button
      type="button"
      onClick={() =>
        download(cohortReportCsv(props.report, props.set), csvFileName(props.set.id, new Date()))
      }
      className="rounded bg-indigo-600 px-3 py-1 text-sm text-white"
    >
      Export CSV
    </button>
  );
}
