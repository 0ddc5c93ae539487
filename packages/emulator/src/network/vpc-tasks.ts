import type { Clock } from '../state/clock.ts';
import type { RegionNetwork } from './region-network.ts';

// Asynchronous VPC calls (AttachNetworkInterface, DetachNetworkInterface): accepted at once, RUNNING until they land on
// the emulator's clock, then SUCCESS (their effect applied) or FAILED. Settled lazily whenever the network is read.

export interface VpcTask {
  resourceId: string;
  landsAt: number;
  status: 'RUNNING' | 'SUCCESS' | 'FAILED';
  output: string;
  /** What landing does; returns the failure message when the task fails instead. */
  land: () => string | undefined;
}

export function settleTasks(network: RegionNetwork, clock: Clock): void {
  for (const task of new Set(network.tasks.values())) {
    if (task.status !== 'RUNNING' || clock.now() < task.landsAt) continue;
    const failure = task.land();
    task.status = failure ? 'FAILED' : 'SUCCESS';
    task.output = failure ?? 'SUCCESS';
  }
}
