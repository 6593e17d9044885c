/**
 * What one instance knows about its own life cycle, shared between the server (which starts
 * draining on shutdown) and the readiness route (which reports it). Per process by design:
 * draining is a fact about this process, not about the fleet.
 */
export interface Lifecycle {
  draining: boolean;
}

export const createLifecycle = (): Lifecycle => ({ draining: false });
