import { useCallback, useEffect, useMemo, useState } from 'react';
import { unassignableReason } from '../../utils/training/assignable';
import type { GuidancePack } from '../../utils/guidance/schema';
import type { GoldSet } from '../../utils/training/schema';
import type { TrainerAnswers } from '../../utils/training/trainer-messages';
import { DecidedCasePicker } from './decided-case-picker';
import {
  checkDraft,
  emptyDraft,
  itemCaption,
  itemFromDecided,
  itemsFromImport,
} from './gold-draft';
import { GoldFileImport } from './gold-file-import';
import { GoldItemFields } from './gold-item-fields';
import { GoldSetFields } from './gold-set-fields';
import { IssueSummary } from './issue-summary';
import { sendTrainer } from './send-trainer';

/** Recent enough to offer a useful choice; one request's worth for the case API. */
const DECISIONS_READ = 300;

/** The "New gold set" form: cases picked from recent decisions or imported, each with its answer. */
export function NewGoldSet(props: {
  token?: string;
  pack: GuidancePack;
  onCreated: (set: GoldSet) => void;
  onCancel: () => void;
}) {
  const { token, pack } = props;
  const [draft, setDraft] = useState(emptyDraft);
  const [decided, setDecided] = useState<TrainerAnswers['decided-cases']>();
  // Problems show from the first try to create, then follow every edit.
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string>();

  const loadDecided = useCallback(() => {
    void sendTrainer(token, { op: 'decided-cases', limit: DECISIONS_READ }).then(setDecided);
  }, [token]);
  useEffect(loadDecided, [loadDecided]);

  const checked = useMemo(() => checkDraft(draft, pack), [draft, pack]);
  const issues = tried && !checked.ok ? checked.issues : [];
  const subjects = new Map(decided?.ok ? decided.cases.map((c) => [c.caseId, c.subject]) : []);
  const picked = new Set(
    draft.items.flatMap((i) => (i.source.kind === 'case-api' ? [i.source.caseId] : [])),
  );
  const itemsError = issues.find((i) => i.path === 'items')?.message;
  const edit = (patch: Partial<typeof draft>) => {
    setRefusal(undefined);
    setDraft((d) => ({ ...d, ...patch }));
  };

  async function create() {
    setTried(true);
    if (!checked.ok) return;
    setBusy(true);
    const answer = await sendTrainer(token, { op: 'create-set', input: checked.input });
    setBusy(false);
    if (answer.ok) props.onCreated(answer.set);
    else setRefusal(answer.message);
  }

  // Said while building, not only at assignment, so the trainer fixes it before creating.
  const unassignable = unassignableReason(draft.items);
  return (
    <section aria-label="New gold set" className="space-y-3 rounded border border-indigo-200 p-4">
      <h2 className="text-lg font-semibold">New gold set</h2>
      <GoldSetFields draft={draft} issues={issues} onChange={edit} />
      <div className="grid grid-cols-2 gap-4">
        <DecidedCasePicker
          answer={decided}
          pack={pack}
          picked={picked}
          onReload={() => {
            setDecided(undefined);
            loadDecided();
          }}
          onToggle={(caseId, on) => {
            const from = decided?.ok ? decided.cases.find((c) => c.caseId === caseId) : undefined;
            const rest = draft.items.filter(
              (i) => i.source.kind !== 'case-api' || i.source.caseId !== caseId,
            );
            edit({
              items: on && from ? [...draft.items, itemFromDecided(from, pack.version)] : rest,
            });
          }}
        />
        <GoldFileImport
          onImport={(file) =>
            edit({
              title: draft.title || file.title || '',
              description: draft.description || file.description || '',
              items: [...draft.items, ...itemsFromImport(file)],
            })
          }
        />
      </div>
      <p className="text-sm" data-testid="gold-item-count">
        {draft.items.length} gold case{draft.items.length === 1 ? '' : 's'} in this set
        {itemsError ? ` — ${itemsError}` : ''}
      </p>
      {unassignable && (
        <p data-testid="draft-unassignable" className="text-sm text-amber-800">
          It could not be assigned: {unassignable}
        </p>
      )}
      {draft.items.map((item, index) => (
        <GoldItemFields
          key={item.key}
          index={index}
          item={item}
          caption={itemCaption(
            item,
            item.source.kind === 'case-api' ? subjects.get(item.source.caseId) : undefined,
          )}
          pack={pack}
          issues={issues}
          onChange={(next) =>
            edit({ items: draft.items.map((i) => (i.key === item.key ? next : i)) })
          }
          onRemove={() => edit({ items: draft.items.filter((i) => i.key !== item.key) })}
        />
      ))}
      <IssueSummary issues={issues} refusal={refusal} />
      <div className="flex gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => void create()}
          className="rounded bg-indigo-600 px-3 py-1.5 text-sm text-white disabled:opacity-50"
        >
          {busy ? 'Creating…' : 'Create gold set'}
        </button>
        <button type="button" className="px-3 py-1.5 text-sm" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
