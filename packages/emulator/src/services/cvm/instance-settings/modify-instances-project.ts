import { cvm } from '@cvm/shared';
import { handler } from '../../action-handler.ts';
import { batchTargets, requireActionState } from '../instance-state-errors.ts';
import { beginOperation, requireIdle } from '../operation.ts';
import { requireProject } from '../projects.ts';

// ModifyInstancesProject (reference 19580): up to 100 RUNNING or STOPPED instances into one of the account's projects
// (InvalidProjectId.NotFound otherwise). A project is bookkeeping — nothing on the host changes — so it applies at once,
// like a rename, and DescribeInstances shows it in Placement.ProjectId (and its project-id filter finds it there).

export const modifyInstancesProject = handler(cvm.ModifyInstancesProject, (ctx, params) => {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  requireProject(params.ProjectId);
  requireActionState(records, 'ModifyInstancesProject');
  requireIdle(records);
  for (const record of records) {
    beginOperation(ctx, record, 'ModifyInstancesProject');
    record.instance.Placement = { ...record.instance.Placement, ProjectId: params.ProjectId };
    record.instance.LatestOperationState = 'SUCCESS';
  }
  return {};
});
