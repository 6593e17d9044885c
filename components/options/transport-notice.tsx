import { useEffect, useState } from 'react';
import {
  isInsecureRemote,
  readInsecureHttpAllowed,
  transportVerdict,
} from '../../utils/settings/transport-policy';

/**
 * Under an address field: what happens to its key or token over `http://` to another machine.
 * Refused, unless the administrator's policy allows it; then a standing warning.
 */
export function TransportNotice({ url, what }: { url: string; what: string }) {
  const [allowed, setAllowed] = useState<boolean>();
  useEffect(() => {
    void readInsecureHttpAllowed().then(setAllowed);
  }, []);
  if (allowed === undefined || !URL.canParse(url) || !isInsecureRemote(url)) return null;
  const verdict = transportVerdict(url, allowed, what);
  return verdict.ok ? (
    <p
      data-testid="insecure-warning"
      role="note"
      className="rounded bg-amber-50 p-2 text-xs text-amber-900"
    >
      {verdict.warning}
    </p>
  ) : (
    <p data-testid="insecure-refused" className="text-xs text-red-700">
      {verdict.message} {verdict.whatToDo}
    </p>
  );
}
