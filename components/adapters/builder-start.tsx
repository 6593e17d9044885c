import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendRequest } from '../../utils/messaging/send';
import { draftFor } from './builder-draft';
import { adapterDraftStorage } from './draft-storage';

function sitePattern(address: string): string | undefined {
  try {
    const url = new URL(address.includes('://') ? address : `https://${address}`);
    return /^https?:$/.test(url.protocol) ? `${url.protocol}//${url.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * First step: Caselight may work on the console's site. The browser hides a tab's address
 * until then, so when it is unknown the lead types the site, and allows it in the same click.
 */
export function BuilderStart({ tabId, onClose }: { tabId: number; onClose: () => void }) {
  const [url, setUrl] = useState<string | null>();
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    sendRequest({ type: 'adapter:page', tabId }).then(
      (answer) => setUrl(answer.url),
      () => setUrl(null),
    );
  }, [tabId]);

  const allow = (pattern: string | undefined, pageUrl?: string) => {
    if (!pattern) return setMessage('Give the console’s address, e.g. https://support.example.com');
    void browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
      if (!granted) return setMessage('Caselight was not allowed on that site.');
      const page = pageUrl ?? (await sendRequest({ type: 'adapter:page', tabId })).url;
      if (!page || sitePattern(page) !== pattern)
        return setMessage('This tab is not on that site. Open a case page of the console here.');
      await adapterDraftStorage.setValue(draftFor(page));
    });
  };

  if (url === undefined) return null;
  return (
    <section
      aria-label="Build adapter for this page"
      className="space-y-2 text-sm"
      data-testid="adapter-builder-start"
    >
      <h2 className="font-semibold">Build adapter for this page</h2>
      {url ? (
        <>
          <p className="break-all text-xs text-zinc-600">{url}</p>
          <button
            type="button"
            className="rounded bg-indigo-700 px-2 py-1 text-xs text-white"
            onClick={() => allow(sitePattern(url), url)}
          >
            Allow Caselight on {new URL(url).hostname} and start
          </button>
        </>
      ) : (
        <>
          <label className="block text-xs">
            The console’s address
            <input
              className="w-full rounded border border-zinc-300 px-1 py-0.5 text-xs"
              value={address}
              placeholder="https://support.example.com"
              onChange={(e) => setAddress(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="rounded bg-indigo-700 px-2 py-1 text-xs text-white"
            onClick={() => allow(sitePattern(address))}
          >
            Allow this site and start
          </button>
        </>
      )}
      <button type="button" className="ml-2 text-xs underline" onClick={onClose}>
        Cancel
      </button>
      {message && (
        <p role="alert" className="text-xs text-red-800">
          {message}
        </p>
      )}
    </section>
  );
}
