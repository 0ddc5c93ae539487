import type { Change } from '../state/change-over-time/index.ts';

// Asynchronous VPC calls (AttachNetworkInterface, DetachNetworkInterface): accepted at once, RUNNING until their change
// lands on the world's timeline, then SUCCESS (their effect applied) or FAILED (rolled back, Output saying why).

export interface VpcTask {
  resourceId: string;
  change: Change<'SUCCESS'>;
}

/** DescribeVpcTaskResult's Status and Output, read from the task's change. */
export function taskResult(task: VpcTask): { status: 'RUNNING' | 'SUCCESS' | 'FAILED'; output: string } {
  const { status, failure } = task.change;
  if (status === 'under way') return { status: 'RUNNING', output: '' };
  if (status === 'failed') return { status: 'FAILED', output: failure ?? '' };
  return { status: 'SUCCESS', output: 'SUCCESS' };
}
