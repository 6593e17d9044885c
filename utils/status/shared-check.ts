/**
 * A connection check shared between the panels that ask for it. Every panel checks when it
 * opens and each minute after; a reviewer opens a panel per case, and may have ten tabs open.
 * Unshared, the case API and the model server would see a check (several requests) per case
 * per tab. So a healthy answer from the last `maxAgeMs`, under the same settings, is reused,
 * and a check already running for an asker that accepts a recent answer is joined. A problem
 * is never reused: its recovery must show as soon as someone looks again. A forced check (no
 * `maxAgeMs`: "Check again", saving the options) always runs afresh, since the caller may have
 * just changed a secret the running check did not use.
 */
export function sharedCheck<T extends { state: string }>(run: () => Promise<T>) {
  let last: { at: number; settingsKey: string; status: T } | undefined;
  let running: { settingsKey: string; answer: Promise<T> } | undefined;
  return (settingsKey: string, maxAgeMs = 0): Promise<T> => {
    if (maxAgeMs > 0) {
      const recent = last?.settingsKey === settingsKey && Date.now() - last.at < maxAgeMs;
      if (recent && last?.status.state === 'ok') return Promise.resolve(last.status);
      if (running?.settingsKey === settingsKey) return running.answer;
    }
    const answer = run().then((status) => {
      last = { at: Date.now(), settingsKey, status };
      return status;
    });
    running = { settingsKey, answer };
    const done = () => {
      if (running?.answer === answer) running = undefined;
    };
    answer.then(done, done);
    return answer;
  };
}
