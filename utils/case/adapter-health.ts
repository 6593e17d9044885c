import { storage } from 'wxt/utils/storage';
import type { CaseField } from './schema';

/**
 * Self-check failures per adapter, kept for the policy lead: a console redesign shows up here
 * as a count, the field that broke and the page it broke on. Written by the background only.
 */
export interface AdapterHealth {
  failures: number;
  lastBroken: CaseField[];
  lastUrl: string;
  lastAt: string;
}

export const adapterHealthStorage = storage.defineItem<Record<string, AdapterHealth>>(
  'local:adapterHealth',
  { fallback: {}, version: 1 },
);

export async function recordBrokenRead(adapterId: string, broken: CaseField[], url: string) {
  const all = await adapterHealthStorage.getValue();
  const failures = (all[adapterId]?.failures ?? 0) + 1;
  const lastAt = new Date().toISOString();
  await adapterHealthStorage.setValue({
    ...all,
    [adapterId]: { failures, lastBroken: broken, lastUrl: url, lastAt },
  });
}

export async function clearAdapterHealth(adapterId: string) {
  const { [adapterId]: _dropped, ...rest } = await adapterHealthStorage.getValue();
  await adapterHealthStorage.setValue(rest);
}
