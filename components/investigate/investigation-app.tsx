import { useState } from 'react';
import { CaseGraph } from './case-graph';
import { CaseTable } from './case-table';
import { InvestigationNotes } from './investigation-notes';
import { useInvestigation } from './use-investigation';

const params = new URLSearchParams(location.search);

/** A console's page opens in a tab of its own, away from this extension page. */
const openInConsole = (url: string) => {
  window.open(url, '_blank', 'noopener,noreferrer');
};

export function InvestigationApp() {
  const consoleId = params.get('console') ?? '';
  const caseId = params.get('case') ?? '';
  const { loaded, addNote, exportAs } = useInvestigation(consoleId, caseId);
  const [exportProblem, setExportProblem] = useState<string>();

  return (
    <main className="mx-auto max-w-6xl space-y-4 p-4">
      <h1 className="text-xl font-semibold">
        Investigation of case {caseId} ({consoleId})
      </h1>
      {loaded.state === 'loading' && <p>Loading linked cases…</p>}
      {loaded.state === 'failed' && (
        <p role="alert" className="text-red-700">
          {loaded.message}
        </p>
      )}
      {loaded.state === 'ready' && (
        <>
          <p data-testid="investigation-summary" className="text-sm text-slate-700">
            {loaded.investigation.cases.length} cases in{' '}
            {new Set(loaded.investigation.cases.map((c) => c.console)).size} consoles share{' '}
            {loaded.investigation.entities.length} entities with this case
            {loaded.investigation.truncated ? ' (more matched than are shown)' : ''}.
          </p>
          <CaseGraph investigation={loaded.investigation} onOpen={openInConsole} />
          <div className="flex gap-2">
            {(['csv', 'json'] as const).map((format) => (
              <button
                key={format}
                type="button"
                className="rounded border border-slate-400 px-3 py-1 text-sm"
                onClick={() => void exportAs(format).then(setExportProblem)}
              >
                Export {format.toUpperCase()}
              </button>
            ))}
            {exportProblem && <span role="alert">{exportProblem}</span>}
          </div>
          <CaseTable investigation={loaded.investigation} onOpen={openInConsole} />
          <InvestigationNotes notes={loaded.investigation.notes} onAdd={addNote} />
        </>
      )}
    </main>
  );
}
