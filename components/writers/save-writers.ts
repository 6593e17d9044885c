import { browser } from 'wxt/browser';
import type { Writer } from '../../utils/case/writer/schema';
import { sendRequest } from '../../utils/messaging/send';
import { originPattern } from '../../utils/settings/schema';

export type SaveWritersResult = { ok: true; message: string } | { ok: false; problems: string[] };

/**
 * Asks the browser for the writers' origins, then saves them through the background. Call it
 * first thing in a click handler: the browser only shows the prompt during a user gesture. A
 * refusal saves nothing: a writer that cannot reach its console would only fail later.
 */
export function saveWriters(writers: Writer[]): Promise<SaveWritersResult> {
  const origins = [...new Set(writers.map((w) => originPattern(w.baseUrl)))];
  return browser.permissions.request({ origins }).then(
    async (granted): Promise<SaveWritersResult> => {
      if (!granted)
        return {
          ok: false,
          problems: [`Access to ${origins.join(', ')} was not allowed, so nothing was saved.`],
        };
      const problems: string[] = [];
      const moved: string[] = [];
      for (const [index, writer] of writers.entries()) {
        const label = writers.length > 1 ? `writers.${index}.` : '';
        const answer = await sendRequest({ type: 'writers:save', definition: writer });
        if (!answer.ok) problems.push(...answer.problems.map((p) => label + p));
        else if (answer.entry.credential.kind === 'other-origin') moved.push(writer.name);
      }
      if (problems.length) return { ok: false, problems };
      const names = writers.map((w) => `“${w.name}”`).join(', ');
      const again = moved.length
        ? ` The credentials of ${moved.join(', ')} were saved for another address: save them again.`
        : '';
      return { ok: true, message: `Saved ${names}.${again}` };
    },
    (error: unknown) => ({
      ok: false,
      problems: [
        `The browser refused the request: ${error instanceof Error ? error.message : error}`,
      ],
    }),
  );
}
