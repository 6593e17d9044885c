import { useCallback, useEffect, useState } from 'react';
import { CaseGraph } from './case-graph';
import { CaseTable } from './case-table';
import { InvestigationNotes } from './investigation-notes';
import { useInvestigation } from './use-investigation';

const params = new URLSearchParams(location.search);
const TABLE_FALLBACK_MS = 3000;

/** A console's page opens in a tab of its own, away from this extension page. */
const openInConsole = (url: string) => {
  window.open(url, '_blank', 'noopener,noreferrer');
};

export function InvestigationApp() {
  const consoleId = params.get('console') ?? '';
  const caseId = params.get('case') ?? '';
  const { loaded, addNote, exportAs } = useInvestigation(consoleId, caseId);
  const [exportProblem, setExportProblem] = useState<string>();
  // The table waits for the graph's first frame (its rows cost that frame time); it still
  // comes if the graph never draws, so every case stays listed.
  const [tableShown, setTableShown] = useState(false);
  const showTable = useCallback(() => setTableShown(true), []);
  useEffect(() => {
    if (loaded.state !== 'ready') return;
    const fallback = setTimeout(showTable, TABLE_FALLBACK_MS);
    return () => clearTimeout(fallback);
  }, [loaded.state, showTable]);

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
          <CaseGraph
            investigation={loaded.investigation}
            onOpen={openInConsole}
            onDrawn={showTable}
          />
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
          {tableShown ? (
            <CaseTable investigation={loaded.investigation} onOpen={openInConsole} />
          ) : (
            <p className="text-sm text-slate-600">Listing the cases…</p>
          )}
          <InvestigationNotes notes={loaded.investigation.notes} onAdd={addNote} />
        </>
      )}
    </main>
  );
}
