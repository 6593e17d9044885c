import { useEffect, useState } from 'react';
import type { CaseSnapshot } from '../../utils/qa/snapshot-schema';
import { lookOf, SAFE_VIEW, wellnessViewStorage } from '../../utils/wellness/view-storage';
import { useStored } from '../decide/use-stored';
import { MaskTermsContext, useMaskTermsSetting } from '../wellness/mask-context';
import { sendQa } from './send-qa';
import { SnapshotView } from './snapshot-view';

type Load =
  | { state: 'loading' }
  | { state: 'ok'; snapshot: CaseSnapshot }
  | { state: 'failed'; message: string };

/**
 * The QA snapshot page (`qa-snapshot.html?decision=<id>`): the stored case a sampled decision
 * was made on, fetched by the background; the case API decides who may read it.
 */
export function SnapshotPage({ decisionId }: { decisionId: string | null }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const maskTerms = useMaskTermsSetting();
  // Filtered until the reviewer's own view is read: safe by default, as in the console.
  const look = lookOf(useStored(wellnessViewStorage) ?? SAFE_VIEW);
  useEffect(() => {
    let current = true;
    if (!decisionId) return;
    void sendQa({ op: 'snapshot', decisionId }).then((answer) => {
      if (!current) return;
      setLoad(
        answer.ok
          ? { state: 'ok', snapshot: answer.snapshot }
          : { state: 'failed', message: answer.message },
      );
    });
    return () => {
      current = false;
    };
  }, [decisionId]);

  return (
    <main className="mx-auto max-w-3xl space-y-4 p-6 text-sm text-zinc-900">
      {!decisionId ? (
        <p role="alert">This page opens a QA sample’s snapshot from the QA queue.</p>
      ) : load.state === 'loading' ? (
        <p>Loading the case snapshot…</p>
      ) : load.state === 'failed' ? (
        <p role="alert" className="text-red-800">
          Could not open the snapshot: {load.message}
        </p>
      ) : (
        <MaskTermsContext value={maskTerms}>
          <SnapshotView snapshot={load.snapshot} look={look} />
        </MaskTermsContext>
      )}
    </main>
  );
}
