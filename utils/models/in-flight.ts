/**
 * Identical requests in flight share one piece of work: the panel and the side panel asking for
 * the same case, or a reviewer flicking back to a case still being scored. The shared work is
 * aborted only when every caller waiting for it has gone.
 */
interface Shared<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
}

const inFlight = new Map<string, Shared<unknown>>();

export function inFlightCount(): number {
  return inFlight.size;
}

export function shareInFlight<T>(
  key: string,
  work: (signal: AbortSignal) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  signal?.throwIfAborted();
  let shared = inFlight.get(key) as Shared<T> | undefined;
  if (!shared) {
    const controller = new AbortController();
    const entry: Shared<T> = { controller, waiting: 0, promise: Promise.resolve() as Promise<T> };
    entry.promise = work(controller.signal).finally(() => {
      if (inFlight.get(key) === entry) inFlight.delete(key);
    });
    // Every waiter may have left before it settles; its rejection is then nobody's to handle.
    entry.promise.catch(() => {});
    inFlight.set(key, entry as Shared<unknown>);
    shared = entry;
  }
  const entry = shared;
  entry.waiting += 1;
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const leave = () => {
      if (done) return;
      done = true;
      signal?.removeEventListener('abort', onAbort);
      entry.waiting -= 1;
    };
    const onAbort = () => {
      leave();
      if (entry.waiting === 0) {
        // Nobody wants the result any more: stop the model calls, and let a new caller start afresh.
        if (inFlight.get(key) === entry) inFlight.delete(key);
        entry.controller.abort(signal?.reason);
      }
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (value) => {
        leave();
        resolve(value);
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
}
