import { useEffect, useMemo, useRef, useState } from 'react';
import type { Case } from '../../utils/case/schema';
import type { DecisionMode, SuggestionSnapshot } from '../../utils/decisions/schema';
import type { GuidancePack } from '../../utils/guidance/schema';
import { submitDecisionToBackground } from './submit-decision';
import {
  buildDecision,
  draftProblems,
  OVERRIDE_REASONS,
  type DecisionDraft,
} from './build-decision';
import { useDecisionKeys } from './use-decision-keys';
import { PlaybookChecklist } from './playbook-checklist';
import { useHandleTime } from './use-handle-time';

const SEVERITY = {
  none: 'border-zinc-300',
  low: 'border-sky-300',
  medium: 'border-amber-400',
  high: 'border-orange-500',
  critical: 'border-red-600',
};
/**
 * The case's record for the case API, built while the reviewer reads. Loaded apart, so the
 * adapters it consults do not weigh on the panel's first paint; a record that cannot be built
 * is left out rather than holding the decision back.
 */
const loadCaseRecord = (c: Case) =>
  // After the panel's first busy moments (its case, then its scores), not during them.
  new Promise((resolve) => setTimeout(resolve, RECORD_DELAY_MS))
    .then(() => import('./case-record'))
    .then((m) => m.buildCaseRecord(c))
    .catch(() => undefined);
const RECORD_DELAY_MS = 400;

const emptyDraft = (suggestion?: SuggestionSnapshot): DecisionDraft => ({
  policyIds: suggestion?.policyIds ?? [],
  note: '',
  overrideReason: '',
  ticks: [],
});

interface Props {
  case: Case;
  pack: GuidancePack;
  reviewerId?: string;
  suggestion?: SuggestionSnapshot;
  secondOpinionOf?: string;
  mode?: DecisionMode;
  incidentIds?: string[];
  incidentAction?: string;
  /** Rejects when the submit may not have been the reviewer's (see `intent-guard.ts`). */
  confirmIntent: () => Promise<void>;
}

/** Pick an action (click or key), add what the action asks for, submit: it goes to the outbox. */
export function DecisionForm(props: Props) {
  const { case: c, pack, reviewerId, suggestion, secondOpinionOf, mode, confirmIntent } = props;
  const { incidentIds, incidentAction } = props;
  const [draft, setDraft] = useState(() => emptyDraft(suggestion));
  // Scores usually arrive after the form: the suggested policies fill in then, unless the
  // reviewer has already chosen one (a decision once went out with no policy that way).
  const policyChosen = useRef(false);
  const suggestedPolicies = suggestion?.policyIds.join('\u0000');
  useEffect(() => {
    if (policyChosen.current) return;
    // Keyed on the list's contents: a new snapshot of the same suggestion changes nothing.
    const policyIds = suggestedPolicies ? suggestedPolicies.split('\u0000') : [];
    setDraft((d) => ({ ...d, policyIds }));
  }, [suggestedPolicies]);
  const [error, setError] = useState<string>();
  const [showProblems, setShowProblems] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const handleTime = useHandleTime();
  const caseRecord = useMemo(() => loadCaseRecord(c), [c]);
  const problems = draftProblems(draft, pack, suggestion, incidentAction);
  const chosen = pack.actions.find((a) => a.id === draft.actionId);

  const submit = () => {
    setShowProblems(true);
    if (problems.length || !reviewerId || submitting) return;
    setSubmitting(true);
    const decision = buildDecision({
      draft,
      case: c,
      reviewerId,
      pack,
      handleTimeMs: handleTime(),
      suggestion,
      secondOpinionOf,
      mode,
      incidentIds,
      incidentAction,
    });
    // The guard judges the moment of the action, so it is asked now, while the record (usually
    // built already) settles. The draft is cleared only once the background holds the decision:
    // nothing typed is lost.
    void Promise.all([confirmIntent(), caseRecord])
      .then(([, record]) => submitDecisionToBackground({ ...decision, caseRecord: record }))
      .then(
        () => {
          policyChosen.current = false;
          setDraft(emptyDraft(suggestion));
          setShowProblems(false);
          setError(undefined);
        },
        (e: Error) => setError(e.message),
      )
      .finally(() => setSubmitting(false));
  };
  useDecisionKeys(pack, {
    // Ticks belong to the action's playbook: another action starts its checklist afresh.
    pick: (actionId) =>
      setDraft((d) => (d.actionId === actionId ? d : { ...d, actionId, ticks: [] })),
    submit,
    cancel: () => setDraft(emptyDraft(suggestion)),
  });

  return (
    <form
      aria-label="Decision"
      data-tour="decision-keys"
      className="space-y-2"
      onSubmit={(e) => (e.preventDefault(), submit())}
    >
      <div role="radiogroup" aria-label="Action" className="grid grid-cols-2 gap-1">
        {pack.actions.map((a) => (
          <button
            key={a.id}
            type="button"
            role="radio"
            aria-checked={draft.actionId === a.id}
            onClick={() =>
              setDraft(draft.actionId === a.id ? draft : { ...draft, actionId: a.id, ticks: [] })
            }
            className={`flex items-center gap-1 rounded border-l-4 px-2 py-1 text-left text-xs ${SEVERITY[a.severity]} ${draft.actionId === a.id ? 'bg-indigo-600 text-white' : 'bg-zinc-50 hover:bg-zinc-100'}`}
          >
            {a.hotkey && (
              <kbd
                className={`font-mono ${draft.actionId === a.id ? 'text-indigo-100' : 'text-zinc-600'}`}
              >
                {a.hotkey}
              </kbd>
            )}{' '}
            {a.label}
          </button>
        ))}
      </div>
      <PlaybookChecklist
        pack={pack}
        actionId={draft.actionId}
        ticks={draft.ticks}
        onChange={(ticks) => setDraft({ ...draft, ticks })}
      />
      <label className="block text-xs">
        Policy
        <select
          multiple={false}
          value={draft.policyIds[0] ?? ''}
          onChange={(e) => {
            policyChosen.current = true;
            setDraft({ ...draft, policyIds: e.target.value ? [e.target.value] : [] });
          }}
          className="mt-0.5 w-full rounded border border-zinc-300 px-1 py-0.5 text-xs"
        >
          <option value="">(none)</option>
          {pack.policies.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-xs">
        Note{chosen?.needsNote ? ' (required)' : ''}
        <textarea
          value={draft.note}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
          rows={2}
          className="mt-0.5 w-full rounded border border-zinc-300 px-1 py-0.5 text-xs"
        />
      </label>
      {suggestion && chosen && chosen.id !== suggestion.action && chosen.id !== incidentAction && (
        <fieldset className="text-xs">
          <legend>
            Why not the suggestion?
            {suggestion.untrusted && ' (optional: the suggestion is marked untrusted)'}
          </legend>
          <div className="flex flex-wrap gap-1">
            {OVERRIDE_REASONS.map((reason) => (
              <button
                key={reason}
                type="button"
                onClick={() => setDraft({ ...draft, overrideReason: reason })}
                className={`rounded-full border px-2 ${draft.overrideReason === reason ? 'border-indigo-600 bg-indigo-50' : 'border-zinc-300'}`}
              >
                {reason}
              </button>
            ))}
          </div>
          <input
            aria-label="Override reason"
            value={draft.overrideReason}
            onChange={(e) => setDraft({ ...draft, overrideReason: e.target.value })}
            className="mt-1 w-full rounded border border-zinc-300 px-1 py-0.5"
          />
        </fieldset>
      )}
      <p className="text-[11px] text-zinc-500">
        Keys: <kbd>Alt+Shift+K</kbd> jumps here from the console, <kbd>1</kbd>–<kbd>9</kbd> pick,{' '}
        <kbd>Enter</kbd> submits, <kbd>Esc</kbd> clears.
      </p>
      {showProblems && problems.length > 0 && (
        <div role="alert">
          <ul className="text-xs text-red-700">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {!reviewerId && (
        <p role="alert" className="text-xs text-red-700">
          Caselight does not know who you are yet: sign in (Options) so decisions can carry your
          name.
        </p>
      )}
      {error && (
        <p role="alert" className="text-xs text-red-700">
          Not submitted: {error}
        </p>
      )}
      <button
        type="submit"
        disabled={!reviewerId}
        className="w-full rounded bg-indigo-600 py-1.5 text-sm font-semibold text-white disabled:opacity-50"
      >
        {secondOpinionOf ? 'Add second opinion' : 'Submit decision'}{' '}
        {/* A colour, not opacity: faded white on indigo fell under AA contrast (4.5:1). */}
        <kbd className="font-mono text-xs text-indigo-100">Enter</kbd>
      </button>
    </form>
  );
}
