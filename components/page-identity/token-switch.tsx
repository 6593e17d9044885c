import { useState } from 'react';

/**
 * A switch to another case API token for one page only (a lead or trainer at someone else's
 * browser): kept in page memory, gone when the page closes, never saved.
 */
export function TokenSwitch(props: { token?: string; setToken: (token?: string) => void }) {
  const [typing, setTyping] = useState<string>();
  if (typing === undefined) {
    return (
      <div className="flex gap-3 text-xs">
        <button type="button" className="text-indigo-700 underline" onClick={() => setTyping('')}>
          Use another token for this page
        </button>
        {props.token && (
          <button
            type="button"
            className="text-indigo-700 underline"
            onClick={() => props.setToken(undefined)}
          >
            Back to the token in options
          </button>
        )}
      </div>
    );
  }
  return (
    <form
      className="flex items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (typing.trim()) props.setToken(typing.trim());
        setTyping(undefined);
      }}
    >
      <label className="flex-1 text-xs font-medium">
        Token for this page (not saved)
        <input
          type="password"
          autoComplete="off"
          value={typing}
          onChange={(e) => setTyping(e.target.value)}
          className="mt-0.5 block w-full rounded border border-zinc-300 px-1.5 py-1 font-mono text-sm"
        />
      </label>
      <button type="submit" className="rounded bg-indigo-600 px-3 py-1 text-sm text-white">
        Use token
      </button>
      <button type="button" className="px-2 py-1 text-sm" onClick={() => setTyping(undefined)}>
        Cancel
      </button>
    </form>
  );
}
