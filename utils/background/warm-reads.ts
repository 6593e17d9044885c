import { startModelReads } from './assess-handlers';

type ModelReads = ReturnType<typeof startModelReads>;

/**
 * How long reads started for a tab's coming case stay good. The case usually follows its
 * `case:reading` within a second or two; anything older may predate a settings change.
 */
export const WARM_READS_FOR_MS = 5000;

const warm = new Map<number, { reads: ModelReads; at: number }>();

/**
 * A console is loading a case (`case:reading`): the guidance, settings and key that scoring
 * it needs are read now, while the console still fetches and paints it, so that `case:found`
 * (and the docked panel waiting on it) does not wait for those round trips.
 */
export function warmModelReads(tabId: number): void {
  const now = Date.now();
  // A tab whose case never came (closed, navigated away, unreadable page) never takes its
  // reads; drop those here so the map holds only the few tabs loading a case right now.
  for (const [id, { at }] of warm) if (now - at >= WARM_READS_FOR_MS) warm.delete(id);
  warm.set(tabId, { reads: startModelReads(), at: now });
}

/** How many tabs have warmed reads waiting (for tests). */
export const warmedTabCount = () => warm.size;

/** The reads warmed for this tab if still fresh (each is handed out once), else new ones. */
export function takeModelReads(tabId: number): ModelReads {
  const warmed = warm.get(tabId);
  warm.delete(tabId);
  if (warmed && Date.now() - warmed.at < WARM_READS_FOR_MS) return warmed.reads;
  return startModelReads();
}
