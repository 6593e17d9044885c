import type { Provenance } from '../../utils/assessment/schema';

const PROVIDER = {
  openai: 'OpenAI',
  'openai-compatible': 'OpenAI-compatible server',
  'stand-in': 'OpenAI stand-in (simulated scores, not a real model)',
};

/** Where a score came from: provider, model, when, how long, and whether it was cached. */
export function ProvenanceLine({ label, p }: { label: string; p?: Provenance }) {
  if (!p) return null;
  return (
    <p data-testid="provenance" data-cached={p.cached} className="text-[11px] text-zinc-500">
      {label}: {PROVIDER[p.provider]} · {p.model} · {new Date(p.at).toLocaleTimeString()} ·{' '}
      {p.durationMs} ms ·{' '}
      <span data-testid="provenance-freshness" className="font-medium">
        {p.cached ? 'cached' : 'live'}
      </span>
    </p>
  );
}
