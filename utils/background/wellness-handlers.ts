import { browser } from 'wxt/browser';
import { ensureInstalledPack } from '../guidance/ensure-installed';
import type { Handlers } from '../messaging/router';
import { readTabCase } from '../tab-case/store';
import { DEFAULT_EXPOSURE, exposurePolicySchema } from '../wellness/exposure-policy';
import { isWebAddress, lighterQueueFor } from '../wellness/lighter-queue';

type WellnessHandlers = Pick<Handlers, 'wellness:lighter-queue'>;

export const wellnessHandlers: WellnessHandlers = {
  /**
   * The panel names only the tab: the address comes from the pack the background installed
   * (its IndexedDB copy, not the `storage.local` one a content script could write) and the
   * queue from the case the background recorded for that tab, so no message picks the URL.
   */
  'wellness:lighter-queue': async ({ tabId }) => {
    const [pack, state] = await Promise.all([ensureInstalledPack(), readTabCase(tabId)]);
    const parsed = exposurePolicySchema.safeParse(pack.wellness?.exposure ?? {});
    const policy = parsed.success ? parsed.data : DEFAULT_EXPOSURE;
    const queue = state?.status === 'ready' ? state.extraction.case.queue : undefined;
    const target = lighterQueueFor(policy, queue);
    if (!target) return { ok: false, message: 'Your team names no lighter queue to switch to.' };
    if (!isWebAddress(target.url))
      return { ok: false, message: `${target.label} has no web address to open.` };
    await browser.tabs.update(tabId, { url: target.url });
    return { ok: true, label: target.label };
  },
};
