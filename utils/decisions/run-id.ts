/** Identifies this service-worker run; leases held by an earlier (dead) run are orphaned. */
export const RUN_ID = crypto.randomUUID();
