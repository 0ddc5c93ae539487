import type { ComputeNodeState } from '@cvm/shared';
import type { InstanceRecord } from '../../state/instance-record.ts';
import type { ComputeNodeRecord } from './compute-envs.ts';

/**
 * A node's state, read from its instance each time (no timers, like every transition here):
 * - CREATED while the AttachInstances reinstall is under way (the instance's latest operation is that request, OPERATING);
 * - CREATION_FAILED when that reinstall failed and the disk was never rewritten;
 * - DELETING while the instance terminates;
 * - RUNNING while the instance is RUNNING, ABNORMAL in any other state (stopped, isolated, rebooting...).
 */
export function nodeState(node: ComputeNodeRecord, record: InstanceRecord): ComputeNodeState {
  const instance = record.instance;
  if (instance.InstanceState === 'TERMINATING') return 'DELETING';
  const reinstalling = node.attachRequestId !== undefined && instance.LatestOperationRequestId === node.attachRequestId && instance.LatestOperationState === 'OPERATING';
  if (reinstalling) return 'CREATED';
  if (!node.osReady) return 'CREATION_FAILED';
  return instance.InstanceState === 'RUNNING' ? 'RUNNING' : 'ABNORMAL';
}
