/**
 * `--instances`, `--shutdown-grace-ms` and `--drain-delay-ms`: how many processes serve the
 * port and how each one stops. Wrong values stop the start rather than being guessed at.
 */
export interface InstanceOptions {
  instances: number;
  shutdownGraceMs: number;
  drainDelayMs: number;
}

export function readInstanceOptions(
  values: { instances: string; 'shutdown-grace-ms': string; 'drain-delay-ms': string },
  dbPath: string,
): InstanceOptions {
  const instances = Number(values.instances);
  const shutdownGraceMs = Number(values['shutdown-grace-ms']);
  const drainDelayMs = Number(values['drain-delay-ms']);
  const problem = !(Number.isInteger(instances) && instances >= 1 && instances <= 64)
    ? `Invalid --instances ${values.instances} (1 to 64)`
    : instances > 1 && dbPath === ':memory:'
      ? '--instances above 1 needs --db <file>: each process would get its own in-memory database'
      : !(Number.isInteger(shutdownGraceMs) && shutdownGraceMs >= 0)
        ? `Invalid --shutdown-grace-ms ${values['shutdown-grace-ms']}`
        : !(Number.isInteger(drainDelayMs) && drainDelayMs >= 0)
          ? `Invalid --drain-delay-ms ${values['drain-delay-ms']}`
          : undefined;
  if (problem) {
    console.error(problem);
    process.exit(2);
  }
  return { instances, shutdownGraceMs, drainDelayMs };
}
