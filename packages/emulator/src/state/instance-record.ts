import type { Instance, InstanceState } from '@cvm/shared';
import type { Change } from './change-over-time/index.ts';
import type { HistoryEntry } from './instance-history.ts';

/** What an instance's change can reach: a state, or DESTROYED for an instance that is gone once it lands. */
export type InstanceTarget = InstanceState | 'DESTROYED';

export interface InstanceRecord {
  instance: Instance;
  /** Creation time in ms, for ordering and the creation-time filters. */
  createdAt: number;
  /** The change under way on the world's timeline (services/cvm/operation.ts), cleared when it ends: busy while set. */
  change?: Change<InstanceTarget>;
  /** When it ran and with what, once stored (state/instance-history.ts); derived from the seed until its first change. */
  history?: HistoryEntry[];
  /**
   * The instance's UserData (base64) as last given by RunInstances, ModifyInstancesAttribute or ResetInstance; no action
   * reads it back, but a Batch AttachInstances clears it, as the seed says.
   */
  userData?: string;
}
