import type { IssuedToken } from '../../utils/case-api/admin-schema';

/**
 * A token just issued, shown this once: the case API keeps only its hash, and this page keeps
 * it only until "Done" (it is never stored).
 */
export function IssuedTokenBox(props: { issued: IssuedToken; onDone: () => void }) {
  const { token, info } = props.issued;
  return (
    <section
      aria-label="New token"
      className="space-y-2 rounded border border-emerald-300 bg-emerald-50 p-4"
    >
      <h2 className="font-semibold">
        Token for {info.userId}
        {info.expiresAt ? `, expires ${info.expiresAt}` : ''}
      </h2>
      <p className="text-sm">
        Copy it now and hand it over safely: it is shown this once, and only its hash is kept.
      </p>
      <code data-testid="issued-token" className="block break-all rounded bg-white p-2 text-sm">
        {token}
      </code>
      <button
        type="button"
        onClick={props.onDone}
        className="rounded bg-emerald-700 px-3 py-1.5 text-sm text-white"
      >
        Done
      </button>
    </section>
  );
}
