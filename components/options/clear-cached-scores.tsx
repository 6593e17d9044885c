import { useState } from 'react';
import { sendRequest } from '../../utils/messaging/send';

/**
 * Scores are cached by content, models and guidance for a day. A lead who knows the model
 * behind an unchanged name has changed (`omni-moderation-latest` is an alias) empties the
 * cache here, so every case is scored afresh.
 */
export function ClearCachedScores() {
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'done'; text: string }>({
    kind: 'idle',
  });
  const clear = () => {
    setState({ kind: 'busy' });
    sendRequest({ type: 'models:clear-cache' }).then(
      ({ cleared }) =>
        setState({
          kind: 'done',
          text: `Cleared ${cleared} cached ${cleared === 1 ? 'assessment' : 'assessments'}: cases are scored afresh.`,
        }),
      (error: Error) => setState({ kind: 'done', text: `Could not clear: ${error.message}` }),
    );
  };
  return (
    <div className="flex items-center gap-3 text-sm">
      <button
        type="button"
        disabled={state.kind === 'busy'}
        onClick={clear}
        className="rounded border border-zinc-400 px-3 py-1 text-zinc-800 disabled:opacity-50"
      >
        Clear cached scores
      </button>
      <span aria-live="polite" className="text-xs text-zinc-600">
        {state.kind === 'done' ? state.text : 'Scores are reused for a day for unchanged cases.'}
      </span>
    </div>
  );
}
