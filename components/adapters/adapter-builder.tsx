import { useEffect, useState } from 'react';
import {
  parseAdapter,
  requestAdapterOrigins,
  saveUserAdapters,
} from '../../utils/case/user-adapters-edit';
import type { ResponseMap } from '../../utils/messaging/protocol';
import { sendRequest } from '../../utils/messaging/send';
import { useStored } from '../decide/use-stored';
import { ProblemList } from './problem-list';
import { BuilderRuleRow } from './builder-rule-row';
import { BuilderTestReport } from './builder-test-report';
import { draftToDefinition, RULE_ROWS, type BuilderDraft, type RuleRow } from './builder-draft';
import { adapterDraftStorage } from './draft-storage';
import { BuilderStart } from './builder-start';
import { applyPick } from './apply-pick';

const update = (next: BuilderDraft) => void adapterDraftStorage.setValue(next);

/**
 * "Build adapter for this page": the lead points at the case's parts on the live console,
 * tests the result on this tab, and saves it, all from the panel beside the page.
 */
export function AdapterBuilder({ tabId, onClose }: { tabId: number; onClose: () => void }) {
  const draft = useStored(adapterDraftStorage);
  const [picking, setPicking] = useState<RuleRow['path']>();
  const [problems, setProblems] = useState<string[]>([]);
  const [test, setTest] = useState<ResponseMap['adapter:test']>();
  const [status, setStatus] = useState('');

  useEffect(
    () => () => void sendRequest({ type: 'adapter:pick-cancel', tabId }).catch(() => undefined),
    [tabId],
  );

  if (draft === undefined) return null;
  if (draft === null) return <BuilderStart tabId={tabId} onClose={onClose} />;

  const validated = () => {
    const parsed = parseAdapter(draftToDefinition(draft));
    setProblems(parsed.ok ? [] : parsed.problems);
    return parsed.ok ? parsed.definitions[0] : undefined;
  };

  const pick = (row: RuleRow) => {
    if (picking === row.path) {
      void sendRequest({ type: 'adapter:pick-cancel', tabId });
      return;
    }
    setPicking(row.path);
    setStatus(`${row.hint} on the page (Esc to cancel).`);
    const itemsSelector = draft.rules.items?.selector;
    sendRequest({ type: 'adapter:pick', tabId, kind: row.kind, hint: row.hint, itemsSelector })
      .then(async (answer) => {
        const current = (await adapterDraftStorage.getValue()) ?? draft;
        if ('picked' in answer)
          await adapterDraftStorage.setValue(applyPick(current, row, answer.picked));
        setStatus(
          'picked' in answer ? `${row.label}: ${answer.picked.selector}` : 'Picking cancelled.',
        );
      })
      .catch((error: unknown) => setStatus(error instanceof Error ? error.message : String(error)))
      .finally(() => setPicking((p) => (p === row.path ? undefined : p)));
  };

  const runTest = () => {
    const definition = validated();
    if (!definition) return setTest(undefined);
    sendRequest({ type: 'adapter:test', tabId, definition })
      .then(setTest)
      .catch((error: unknown) => setStatus(error instanceof Error ? error.message : String(error)));
  };

  const save = () => {
    const definition = validated();
    if (!definition) return;
    void requestAdapterOrigins([definition]).then(async (granted) => {
      await saveUserAdapters([definition]);
      await adapterDraftStorage.setValue(null);
      setStatus(granted ? `Saved “${definition.name}”.` : `Saved, but the site was not allowed.`);
      onClose();
    });
  };

  const input = 'w-full rounded border border-zinc-300 px-1 py-0.5 text-xs';
  return (
    <section
      aria-label="Build adapter for this page"
      className="space-y-2"
      data-testid="adapter-builder"
    >
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">Build adapter for this page</h2>
        <button type="button" className="text-xs underline" onClick={onClose}>
          Close
        </button>
      </div>
      <label className="block text-xs">
        Name
        <input
          className={input}
          value={draft.name}
          onChange={(e) => update({ ...draft, name: e.target.value })}
        />
      </label>
      <label className="block text-xs">
        Id
        <input
          className={input}
          value={draft.id}
          onChange={(e) => update({ ...draft, id: e.target.value })}
        />
      </label>
      <label className="block text-xs">
        Sites (match patterns)
        <input
          className={input}
          value={draft.matches}
          onChange={(e) => update({ ...draft, matches: e.target.value })}
        />
      </label>
      <fieldset className="text-xs">
        <legend>Case id comes from</legend>
        <label className="mr-2">
          <input
            type="radio"
            checked={draft.caseIdFrom === 'url'}
            onChange={() => update({ ...draft, caseIdFrom: 'url' })}
          />{' '}
          the address
        </label>
        <label>
          <input
            type="radio"
            checked={draft.caseIdFrom === 'page'}
            onChange={() => update({ ...draft, caseIdFrom: 'page' })}
          />{' '}
          the page
        </label>
        {draft.caseIdFrom === 'url' && (
          <input
            aria-label="Case id pattern in the address"
            className={`${input} font-mono`}
            value={draft.caseIdUrlRegex}
            onChange={(e) => update({ ...draft, caseIdUrlRegex: e.target.value })}
          />
        )}
      </fieldset>
      {RULE_ROWS.filter((row) => row.path !== 'caseId' || draft.caseIdFrom === 'page').map(
        (row) => (
          <BuilderRuleRow
            key={row.path}
            row={row}
            rule={draft.rules[row.path]}
            picking={picking === row.path}
            onPick={() => pick(row)}
            onChange={(rule) => update({ ...draft, rules: { ...draft.rules, [row.path]: rule } })}
          />
        ),
      )}
      <ProblemList problems={problems} />
      <div className="flex gap-2">
        <button
          type="button"
          onClick={runTest}
          className="rounded border border-indigo-400 px-2 py-1 text-xs"
        >
          Test on this tab
        </button>
        <button
          type="button"
          onClick={save}
          className="rounded bg-indigo-700 px-2 py-1 text-xs text-white"
        >
          Save adapter
        </button>
        <button
          type="button"
          onClick={() => void adapterDraftStorage.setValue(null)}
          className="text-xs underline"
        >
          Start over
        </button>
      </div>
      {status && (
        <p role="status" className="text-xs text-zinc-600">
          {status}
        </p>
      )}
      {test && <BuilderTestReport answer={test} />}
    </section>
  );
}
