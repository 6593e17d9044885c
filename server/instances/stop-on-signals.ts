/**
 * Runs `stop` once on SIGINT or SIGTERM (Ctrl-C reaches every process of the group, the
 * primary forwards SIGTERM too: either way once), then exits 0, or 1 if stopping failed.
 */
export function stopOnSignals(stop: () => Promise<void>, quiet = false): () => void {
  let stopping = false;
  const run = (reason: string) => {
    if (stopping) return;
    stopping = true;
    if (!quiet) console.log(`\n${reason}: stopping`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => run('SIGINT'));
  process.on('SIGTERM', () => run('SIGTERM'));
  return () => run('stop');
}
