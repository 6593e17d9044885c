import { useState } from 'react';
import type { Investigation } from '../../utils/investigations/schema';
import { consoleColours, entityLabel } from './entity-label';

/** Rows drawn at first: 2,000 table rows cost the graph seconds; the export has them all. */
const FIRST_ROWS = 200;

/** The same set as the graph, as rows: each case's console, latest decision and shared entities. */
export function CaseTable(props: { investigation: Investigation; onOpen: (url: string) => void }) {
  const { investigation, onOpen } = props;
  const [all, setAll] = useState(false);
  const colours = consoleColours(investigation.cases.map((c) => c.console));
  const shown = all ? investigation.cases : investigation.cases.slice(0, FIRST_ROWS);
  const hidden = investigation.cases.length - shown.length;
  return (
    <>
      <table data-testid="investigation-table" className="w-full text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <th className="py-1">Console</th>
            <th>Case</th>
            <th>Subject</th>
            <th>Decision</th>
            <th>Shares</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr
              key={`${c.console}\n${c.id}`}
              data-testid="investigation-row"
              data-console={c.console}
              className="border-b border-slate-100"
            >
              <td className="py-1">
                <span
                  aria-hidden
                  className="mr-1 inline-block size-2 rounded-full"
                  style={{ backgroundColor: colours.get(c.console) }}
                />
                {c.console}
              </td>
              <td>
                {c.url ? (
                  <button
                    type="button"
                    className="text-blue-700 underline"
                    onClick={() => c.url && onOpen(c.url)}
                  >
                    {c.id}
                  </button>
                ) : (
                  c.id
                )}
              </td>
              <td>{c.subject ?? ''}</td>
              <td data-testid="investigation-decision">
                {c.decision ? `${c.decision.action} (${c.decision.reviewerName})` : 'undecided'}
              </td>
              <td className="text-xs text-slate-600">
                {c.shares
                  .map((i) => {
                    const entity = investigation.entities[i];
                    return entity ? entityLabel(entity) : '';
                  })
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && (
        <button
          type="button"
          className="text-sm text-blue-700 underline"
          onClick={() => setAll(true)}
        >
          Show all {investigation.cases.length} cases
        </button>
      )}
    </>
  );
}
