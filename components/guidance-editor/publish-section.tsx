import { useMemo, useState } from 'react';
import { diffPacks } from '../../utils/guidance/diff';
import type { EditorPublishAnswer } from '../../utils/guidance/editor-messages';
import { preparePack } from '../../utils/guidance/publish-draft';
import type { GuidancePack } from '../../utils/guidance/schema';
import { sendRequest } from '../../utils/messaging/send';
import { readPinnedKey } from '../../utils/guidance/pinned-key';
import { readSettings } from '../../utils/settings/storage';
import { GuidanceDiff } from '../guidance/guidance-diff';
import { PublishOutcome, type Outcome } from './publish-outcome';

/**
 * Publishing: what changed against the published version, an optional signing key (used for
 * this publish and then dropped from the page), and the case API's answer, shown as it is.
 */
export function PublishSection(props: {
  base: GuidancePack;
  /** The draft when it passes validation; undefined otherwise. */
  candidate?: GuidancePack;
  publisher?: string;
  canPublish: boolean;
  token?: string;
  onPublished: (version: number) => void;
  onRefused: (issues: { path: string; message: string }[]) => void;
  onReload: () => void;
}) {
  const { base, candidate } = props;
  const [signingKey, setSigningKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const changes = useMemo(() => (candidate ? diffPacks(base, candidate) : []), [base, candidate]);
  const next = base.version + 1;

  const publish = async () => {
    if (!candidate || !props.publisher) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const pinned = await readPinnedKey(await readSettings());
      const prepared = await preparePack(candidate, {
        baseVersion: base.version,
        publisher: props.publisher,
        now: new Date(),
        signingKey,
        pinnedKey: pinned.key,
      });
      // The key is for this publish only: gone from the page whatever happens next.
      setSigningKey('');
      if (!prepared.ok) return setOutcome({ kind: 'local', message: prepared.message });
      const answer: EditorPublishAnswer = await sendRequest({
        type: 'guidance:publish',
        token: props.token,
        baseVersion: base.version,
        pack: prepared.pack,
      });
      setOutcome({ kind: 'answer', answer });
      if (answer.ok) props.onPublished(answer.summary.version);
      else if (answer.problem === 'refused') props.onRefused(answer.issues);
    } catch (error) {
      setOutcome({
        kind: 'local',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      aria-labelledby="publish-title"
      className="space-y-2 rounded border border-zinc-200 p-3"
    >
      <h2 id="publish-title" className="font-semibold">
        Publish
      </h2>
      {candidate && changes.length > 0 && (
        <details open className="text-xs" data-testid="publish-changes">
          <summary className="cursor-pointer">
            Changes against the published v{base.version} ({changes.length})
          </summary>
          <GuidanceDiff changes={changes} moreChanges={0} />
        </details>
      )}
      <label className="block text-xs font-medium">
        Signing key (optional; used for this publish only, never stored)
        <textarea
          value={signingKey}
          rows={3}
          spellCheck={false}
          autoComplete="off"
          placeholder="-----BEGIN PRIVATE KEY-----"
          onChange={(e) => setSigningKey(e.target.value)}
          className="mt-0.5 block w-full rounded border border-zinc-300 px-1.5 py-1 font-mono text-xs"
        />
      </label>
      <button
        type="button"
        disabled={!props.canPublish || !candidate || changes.length === 0 || busy}
        onClick={() => void publish()}
        className="rounded bg-indigo-600 px-4 py-1.5 text-sm font-semibold text-white disabled:opacity-50"
      >
        {busy ? 'Publishing…' : `Publish version ${next}`}
      </button>
      {!candidate && (
        <p className="text-xs text-zinc-500">Fix the draft&apos;s problems to publish.</p>
      )}
      {candidate && changes.length === 0 && (
        <p className="text-xs text-zinc-500">Nothing changed against the published version yet.</p>
      )}
      <PublishOutcome outcome={outcome} next={next} onReload={props.onReload} />
    </section>
  );
}
