import { cvm, instanceStateErrorCode, type InstanceState } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { handler } from '../../action-handler.ts';
import { batchTargets } from '../instance-state-errors.ts';
import { requireIdle } from '../operation.ts';
import { findGroup, groupMembers, placementOf, SPREAD_LIMITS } from './placement-world.ts';

// ModifyInstancesDisasterRecoverGroup (reference 18526): up to 100 instances into one placement group, named by
// DisasterRecoverGroupId or the SDK's DisasterRecoverGroupIds (one); with neither they leave their groups. All or nothing,
// checked first, with the page's codes: the group (FailedOperation.DisasterRecoverGroupNotFound,
// InvalidParameterValue.DisasterRecoverGroupIdMalformed), an instance already in it
// (FailedOperation.AlreadyInDisasterRecoverGroup), room in it (ResourceInsufficient.DisasterRecoverGroupCvmQuota), and each
// instance: RUNNING or STOPPED (the states the page names: UnsupportedOperation.InstanceStateRebooting / Stopping /
// Shutdown / RescueMode; one that is starting or busy OperationDenied.InstanceOperationInProgress), not stopped without
// charging (UnsupportedOperation.StoppedModeStopCharging), not on a dedicated host, whose placement is the host's
// (UnsupportedOperation.InstanceChargeType), and Force not for local disks ("本地盘子机不支持指定此参数",
// InvalidParameterValue.NotSupported). The move is immediate: the emulator has no host of an ordinary instance to change,
// so Force (which lets one change host and reboot) changes nothing else.

const LISTED_STATE_CODES: ReadonlySet<InstanceState> = new Set<InstanceState>(['REBOOTING', 'STOPPING', 'SHUTDOWN', 'RESCUE_MODE']);

function requireMovable(records: readonly InstanceRecord[], force: boolean): void {
  for (const { instance } of records) {
    const state = instance.InstanceState;
    if (state === 'LAUNCH_FAILED') throw new CloudError('InvalidInstance.NotSupported', `Instance \`${instance.InstanceId}\` failed to launch; it cannot join a placement group.`);
    if (LISTED_STATE_CODES.has(state))
      throw new CloudError(instanceStateErrorCode(state), `Instance \`${instance.InstanceId}\` is ${state}; its placement group cannot change now.`);
    if (state !== 'RUNNING' && state !== 'STOPPED') {
      throw new CloudError('OperationDenied.InstanceOperationInProgress', `Instance \`${instance.InstanceId}\` is ${state}; wait until it is running or stopped.`);
    }
    if (state === 'STOPPED' && instance.StopChargingMode === 'STOP_CHARGING') {
      throw new CloudError('UnsupportedOperation.StoppedModeStopCharging', `Instance \`${instance.InstanceId}\` is stopped without charging: start it first.`);
    }
    if (instance.InstanceChargeType === 'CDHPAID') {
      throw new CloudError('UnsupportedOperation.InstanceChargeType', `Instance \`${instance.InstanceId}\` runs on a dedicated host (CDHPAID): the host is its placement.`);
    }
    const local = [instance.SystemDisk, ...instance.DataDisks].some((disk) => disk.DiskType.startsWith('LOCAL_'));
    if (force && local)
      throw new CloudError('InvalidParameterValue.NotSupported', `Instance \`${instance.InstanceId}\` has local disks: \`Force\` cannot move it to another host.`);
  }
}

export const modifyInstancesDisasterRecoverGroup = handler(cvm.ModifyInstancesDisasterRecoverGroup, (ctx, params) => {
  const { world, region } = ctx;
  const ids = params.InstanceIds;
  if (ids.length === 0) throw new CloudError('MissingParameter', 'The request is missing a required parameter `InstanceIds`.');
  if (ids.length > 100) throw new CloudError('InvalidParameterValue.LimitExceeded', `\`InstanceIds\` names ${ids.length} instances; at most 100 are allowed.`);
  const named = params.DisasterRecoverGroupIds ?? [];
  if (named.length > 1) throw new CloudError('InvalidParameterValue.LimitExceeded', '`DisasterRecoverGroupIds` takes one placement group.');
  if (params.DisasterRecoverGroupId !== undefined && named.length && named[0] !== params.DisasterRecoverGroupId) {
    throw new CloudError('InvalidParameterCombination', '`DisasterRecoverGroupId` and `DisasterRecoverGroupIds` name different placement groups.');
  }
  const groupId = params.DisasterRecoverGroupId ?? named[0];
  const state = placementOf(world, region);
  const group = groupId === undefined ? undefined : findGroup(state, groupId, 'FailedOperation.DisasterRecoverGroupNotFound');
  if (params.PartitionNumber !== undefined) {
    if (group?.strategy !== 'PARTITION') throw new CloudError('InvalidParameterValue.NotSupported', '`PartitionNumber` names a partition of a PARTITION placement group.');
    if (params.PartitionNumber < 1 || params.PartitionNumber > group.partitionCount) {
      throw new CloudError('InvalidParameterValue', `\`PartitionNumber\` ${params.PartitionNumber} is not a partition of \`${group.id}\` (1–${group.partitionCount}).`);
    }
  }
  const records = batchTargets(world, region, ids);
  requireMovable(records, params.Force ?? false);
  if (group) {
    const already = records.find(({ instance }) => instance.DisasterRecoverGroupId === group.id);
    if (already) {
      throw new CloudError('FailedOperation.AlreadyInDisasterRecoverGroup', `Instance \`${already.instance.InstanceId}\` is already in the placement group \`${group.id}\`.`);
    }
    const current = groupMembers(world, region).get(group.id)?.length ?? 0;
    const limit = SPREAD_LIMITS[group.type];
    if (current + records.length > limit) {
      throw new CloudError(
        'ResourceInsufficient.DisasterRecoverGroupCvmQuota',
        `The ${group.type} placement group \`${group.id}\` holds ${current} of its ${limit} instances; ${records.length} more do not fit.`,
      );
    }
  }
  requireIdle(records);
  for (const { instance } of records) {
    instance.DisasterRecoverGroupId = group?.id ?? '';
    delete instance.DisasterRecoverGroupIds;
  }
  return {};
});
