import { cvm, type Instance, type ParamsOutput } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { SECURITY_GROUP_ID } from '../id-formats.ts';
import { batchTargets, requireActionState } from '../instance-state-errors.ts';
import { requireIdle } from '../operation.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';
import { startChange } from '../modify/change-flow.ts';

// AssociateSecurityGroups (reference 30066) and DisassociateSecurityGroups (30280): CVM actions (cvm.tencentcloudapi.com,
// 2017-03-12), one group per call for up to 100 instances, RUNNING or STOPPED. The change is asynchronous — its outcome
// is LatestOperationState — so it lands on the timeline a moment later without the instance changing state. The same
// list ModifyInstancesAttribute replaces whole (SecurityGroupIds), under the same five-group cap.

type Params = ParamsOutput<typeof cvm.AssociateSecurityGroups>;
type Action = 'AssociateSecurityGroups' | 'DisassociateSecurityGroups';

/** The instances and the one group of a (dis)association, refused as the cloud refuses them before anything changes. */
function targets(ctx: RequestContext, params: Params, action: Action): { records: InstanceRecord[]; groupId: string } {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  const groupId = params.SecurityGroupIds[0]!;
  // These actions have a code of their own for a malformed group ID (ModifyInstancesAttribute answers InvalidParameterValue).
  if (!SECURITY_GROUP_ID.test(groupId)) throw new CloudError('InvalidSgId.Malformed', `The security group ID \`${groupId}\` is malformed: expected sg- and 8 characters.`);
  if (!ctx.region.network.securityGroups.some((sg) => sg.SecurityGroupId === groupId)) {
    throw new CloudError('InvalidSecurityGroupId.NotFound', `The security group \`${groupId}\` does not exist in ${ctx.region.seed.region}.`);
  }
  requireActionState(records, action);
  requireIdle(records, { ctx, action, params });
  return { records, groupId };
}

function change(ctx: RequestContext, records: InstanceRecord[], action: Action, apply: (instance: Instance) => void): void {
  const transition = action === 'AssociateSecurityGroups' ? CVM_TRANSITIONS.securityGroupBind : CVM_TRANSITIONS.securityGroupUnbind;
  // `online`: a running instance stays RUNNING (and a stopped one STOPPED) while the group's rules are applied.
  for (const record of records) startChange(ctx, record, { action, transition, online: true, apply });
}

export const associateSecurityGroups = handler(cvm.AssociateSecurityGroups, (ctx, params) => {
  const { records, groupId } = targets(ctx, params, 'AssociateSecurityGroups');
  const max = cvm.MAX_INSTANCE_SECURITY_GROUPS;
  const full = records.find(({ instance }) => !instance.SecurityGroupIds.includes(groupId) && instance.SecurityGroupIds.length >= max);
  if (full) {
    throw new CloudError(
      'LimitExceeded.AssociateUSGLimitExceeded',
      `Instance \`${full.instance.InstanceId}\` already has ${full.instance.SecurityGroupIds.length} security groups; an instance takes at most ${max}.`,
    );
  }
  // A new group goes last: groups match in the order they were bound (reference 30140, "以绑定顺序作为优先级顺序").
  // One already bound keeps its place: binding it again changes nothing.
  change(ctx, records, 'AssociateSecurityGroups', (instance) => {
    if (!instance.SecurityGroupIds.includes(groupId)) instance.SecurityGroupIds = [...instance.SecurityGroupIds, groupId];
  });
  return {};
});

export const disassociateSecurityGroups = handler(cvm.DisassociateSecurityGroups, (ctx, params) => {
  const { records, groupId } = targets(ctx, params, 'DisassociateSecurityGroups');
  // Unbinding a group the instance does not have is a failed security group operation, naming the instance.
  const without = records.find(({ instance }) => !instance.SecurityGroupIds.includes(groupId));
  if (without) {
    throw new CloudError('FailedOperation.SecurityGroupActionFailed', `Instance \`${without.instance.InstanceId}\` is not bound to the security group \`${groupId}\`.`);
  }
  // An instance keeps at least one group, as ModifyInstancesAttribute refuses an empty list: the last one stays.
  const last = records.find(({ instance }) => instance.SecurityGroupIds.length === 1);
  if (last) {
    throw new CloudError('UnsupportedOperation', `\`${groupId}\` is the only security group of instance \`${last.instance.InstanceId}\`; bind another one before unbinding it.`);
  }
  change(ctx, records, 'DisassociateSecurityGroups', (instance) => {
    instance.SecurityGroupIds = instance.SecurityGroupIds.filter((id) => id !== groupId);
  });
  return {};
});
