import { storage } from 'wxt/utils/storage';
import { tabCaseStateSchema, type TabCaseState } from './schema';

const keyOf = (tabId: number) => `session:tabCase:${tabId}` as const;
const lastCaseTab = storage.defineItem<number | null>('session:lastCaseTab', { fallback: null });

export async function readTabCase(tabId: number): Promise<TabCaseState | null> {
  const parsed = tabCaseStateSchema.safeParse(await storage.getItem(keyOf(tabId)));
  return parsed.success ? parsed.data : null;
}

export async function writeTabCase(tabId: number, state: TabCaseState | null): Promise<void> {
  await storage.setItem(keyOf(tabId), state);
  if (state) await lastCaseTab.setValue(tabId);
}

/** The tab that most recently showed a case: the side panel's fallback target. */
export async function readLastCaseTab(): Promise<number | null> {
  return lastCaseTab.getValue();
}

export function watchTabCase(tabId: number, onChange: (state: TabCaseState | null) => void) {
  return storage.watch(keyOf(tabId), (value) => {
    const parsed = tabCaseStateSchema.safeParse(value);
    onChange(parsed.success ? parsed.data : null);
  });
}
