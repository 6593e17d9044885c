import { browser } from 'wxt/browser';
import { canonicalJson } from '../guidance/canonical';
import { sha256Hex } from '../models/content-hash';
import { adapters } from './adapters';
import { userAdaptersStorage } from './user-adapters';

/**
 * Which version of an adapter read a case, for the case API's record of it. A built-in adapter
 * ships with the extension, so the extension's version names it. A lead's adapter is named by
 * its definition: the first 12 hex digits of the sha-256 of its canonical JSON, so the same
 * definition gives the same version on every reviewer's browser whatever order its keys were
 * saved in. The lead's adapters come first, as they do when a page is matched.
 *
 * Read when the reviewer decides, from the definitions saved then: a lead who edits the
 * adapter between the read and the decision makes the record name the edited one. `unknown`
 * when the adapter is gone (removed or disabled since the case was read).
 */
export async function adapterVersion(adapterId: string): Promise<string> {
  const stored = await userAdaptersStorage.getValue();
  const own = stored.find((s) => s.enabled && s.definition.id === adapterId);
  if (own) return (await sha256Hex(canonicalJson(own.definition))).slice(0, 12);
  if (adapters.some((adapter) => adapter.id === adapterId)) {
    return `builtin-${browser.runtime.getManifest().version}`;
  }
  return 'unknown';
}
