/**
 * Callers waiting for an answer that may come (a browser callback, a message), each for at
 * most its own timeout; `wakeAll` when it comes. Each waiter resolves with `read()` at the time.
 */
export function wakeList<T>(read: () => T) {
  const waiting = new Set<() => void>();
  return {
    wait: (timeoutMs: number) =>
      new Promise<T>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiting.delete(wake);
          resolve(read());
        };
        const timer = setTimeout(wake, timeoutMs);
        waiting.add(wake);
      }),
    wakeAll: () => {
      for (const wake of waiting) wake();
    },
  };
}
