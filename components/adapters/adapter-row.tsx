import { useState } from 'react';
import type { AdapterHealth } from '../../utils/case/adapter-health';
import type { StoredAdapter } from '../../utils/case/user-adapters';
import {
  exportAdapters,
  removeUserAdapter,
  setUserAdapterEnabled,
} from '../../utils/case/user-adapters-edit';
import { downloadText } from './download';

export function AdapterRow(props: {
  stored: StoredAdapter;
  health?: AdapterHealth;
  onEdit: () => void;
}) {
  const { definition, enabled } = props.stored;
  const [confirming, setConfirming] = useState(false);
  const button = 'rounded border border-zinc-300 px-2 py-0.5 text-xs';
  return (
    <li className="rounded border border-zinc-200 p-3" data-testid={`adapter-${definition.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <strong>{definition.name}</strong>
        <code className="text-xs text-zinc-500">{definition.id}</code>
        <label className="ml-auto flex items-center gap-1 text-sm">
          <input
            type="checkbox"
            checked={enabled}
            onChange={(e) => void setUserAdapterEnabled(definition.id, e.target.checked)}
          />
          On
        </label>
        <button type="button" className={button} onClick={props.onEdit}>
          Edit
        </button>
        <button
          type="button"
          className={button}
          onClick={() =>
            downloadText(`${definition.id}.caselight-adapter.json`, exportAdapters([definition]))
          }
        >
          Export
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className={`${button} border-red-400 text-red-700`}
              onClick={() => void removeUserAdapter(definition.id)}
            >
              Remove for good
            </button>
            <button type="button" className={button} onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" className={button} onClick={() => setConfirming(true)}>
            Remove
          </button>
        )}
      </div>
      <p className="text-xs text-zinc-600">{definition.matches.join(', ')}</p>
      {props.health ? (
        <p className="text-xs text-red-700" data-testid="adapter-health">
          {props.health.failures} broken {props.health.failures === 1 ? 'read' : 'reads'} · last:{' '}
          {props.health.lastBroken.join(', ')} on {props.health.lastUrl} at{' '}
          {new Date(props.health.lastAt).toLocaleString()}
        </p>
      ) : (
        <p className="text-xs text-emerald-700">No broken reads since it was saved.</p>
      )}
    </li>
  );
}
