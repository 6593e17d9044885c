import { useId, useState, type FormEvent } from 'react';
import { adapterPresetJson, adapterPresets } from '../../utils/case/presets/adapter-presets';

const field = 'w-full rounded border border-zinc-300 px-2 py-1 text-sm';

/** A ready-made adapter for a console the lead names by address, handed to the editor. */
export function AdapterFromPreset(props: { onMade: (text: string) => void }) {
  const id = useId();
  const [presetId, setPresetId] = useState(adapterPresets[0]!.id);
  const [baseUrl, setBaseUrl] = useState('');
  const [problem, setProblem] = useState<string>();
  const preset = adapterPresets.find((p) => p.id === presetId) ?? adapterPresets[0]!;

  const make = (event: FormEvent) => {
    event.preventDefault();
    const made = adapterPresetJson(presetId, baseUrl);
    setProblem(made.ok ? undefined : made.problem);
    if (made.ok) props.onMade(made.text);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2">
      <h2 id={`${id}-title`} className="font-semibold">
        Add from a preset
      </h2>
      <form onSubmit={make} className="grid grid-cols-[max-content_1fr] items-center gap-2 text-sm">
        <label htmlFor={`${id}-preset`}>Console</label>
        <select
          id={`${id}-preset`}
          className={field}
          value={presetId}
          onChange={(e) => setPresetId(e.target.value)}
        >
          {adapterPresets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-url`}>Console address</label>
        <input
          id={`${id}-url`}
          className={field}
          type="url"
          placeholder="https://redmine.example.com"
          aria-describedby={`${id}-hint`}
          value={baseUrl}
          onChange={(e) => setBaseUrl(e.target.value)}
        />
        <span />
        <span id={`${id}-hint`} className="text-xs text-zinc-600">
          {preset.hint}
        </span>
        <span />
        <button
          type="submit"
          className="justify-self-start rounded border border-indigo-700 px-3 py-1 text-indigo-700"
        >
          Make the definition
        </button>
      </form>
      {problem && (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      )}
    </section>
  );
}
