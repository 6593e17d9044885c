import { usePinnedKey } from './use-pinned-key';

/**
 * Without a pinned key the background installs any pack the case API serves, signed or not:
 * whoever can answer for the case API (or sit between it and the browser) can rewrite every
 * reviewer's thresholds and policy text. Leads must see that where they publish and where they
 * would fix it. Shown only once the key is known to be missing, never as a flash on load.
 */
export function UnsignedGuidanceWarning(props: { where: 'options' | 'guidance' }) {
  const pinned = usePinnedKey();
  if (pinned?.source !== 'none') return null;
  return (
    <p
      role="note"
      data-testid="unsigned-guidance-warning"
      className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900"
    >
      Guidance packs are installed without a signature check: pin the publisher&apos;s key in
      Options to refuse forged packs.
      {props.where === 'options' && ' Paste it in Guidance public key below.'}
    </p>
  );
}
