/**
 * One holder at a time, first come first served. SQLite has one connection per process: while
 * a transaction awaits, nothing else may run on the connection, or it would silently become
 * part of that transaction (and be rolled back with it).
 */
export class ExclusiveQueue {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  /** True when nothing holds or waits: a caller may run synchronously right now. */
  get idle(): boolean {
    return this.waiting === 0;
  }

  async run<T>(work: () => Promise<T> | T): Promise<T> {
    this.waiting += 1;
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise((resolve) => (release = resolve));
    try {
      await previous;
      return await work();
    } finally {
      this.waiting -= 1;
      release();
    }
  }
}
