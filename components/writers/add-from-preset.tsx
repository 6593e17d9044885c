import { useId, useState, type FormEvent } from 'react';
import { writerPresets } from '../../utils/case/presets/writer-presets';
import { ProblemList } from '../adapters/problem-list';
import { presetConsoles, presetDefinition } from './preset-definition';

const field = 'w-full rounded border border-zinc-300 px-2 py-1 text-sm';

/** A preset made for the lead's console, handed to the editor as JSON to check and save. */
export function AddFromPreset(props: { onMade: (text: string) => void }) {
  const id = useId();
  const [presetId, setPresetId] = useState(writerPresets[0]!.id);
  const [baseUrl, setBaseUrl] = useState('');
  const [consoles, setConsoles] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const preset = writerPresets.find((p) => p.id === presetId) ?? writerPresets[0]!;

  const make = (event: FormEvent) => {
    event.preventDefault();
    const made = presetDefinition(presetId, baseUrl, consoles);
    setProblems(made.ok ? [] : made.problems);
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
          {writerPresets.map((p) => (
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
          placeholder="https://support.example.com"
          value={baseUrl}
          onChange={(e) => setBaseUrl(e.target.value)}
        />
        <label htmlFor={`${id}-consoles`}>Writes for (adapter ids)</label>
        <input
          id={`${id}-consoles`}
          className={field}
          placeholder={presetConsoles(preset).join(', ')}
          aria-describedby={`${id}-consoles-hint`}
          value={consoles}
          onChange={(e) => setConsoles(e.target.value)}
        />
        <span />
        <span id={`${id}-consoles-hint`} className="text-xs text-zinc-600">
          Separated by commas; left empty, {presetConsoles(preset).join(', ')}.
        </span>
        <span />
        <button
          type="submit"
          className="justify-self-start rounded border border-indigo-700 px-3 py-1 text-indigo-700"
        >
          Make the definition
        </button>
      </form>
      <ProblemList problems={problems} />
    </section>
  );
}
