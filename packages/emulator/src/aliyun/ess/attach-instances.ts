import { ess, type EcsInstance, type ScalingInstance } from '@cvm/shared';
import { AliyunError, invalidParameter, missingParameter } from '../http/aliyun-error.ts';
import type { RpcParams } from '../http/rpc-params.ts';
import { rpcHandler } from '../rpc-handler.ts';
import { aliyunId } from '../state/aliyun-ids.ts';
import { aliyunTime } from '../state/aliyun-time.ts';
import type { AliyunRegionState, AliyunWorld, ScalingGroupRecord } from '../state/aliyun-world.ts';

// ESS AttachInstances (seed 003): add up to 20 running ECS instances to an Active group with no activity in progress,
// without passing MaxSize. All or nothing: one refused instance refuses the call. Success only starts an activity.

const MAX_INSTANCES = 20;
const DEFAULT_WEIGHT = 50;

function readInstances(params: RpcParams): { ids: string[]; weights: number[] } {
  const ids = params.list('InstanceId', MAX_INSTANCES);
  const weights = params.list('LoadBalancerWeight', MAX_INSTANCES);
  if (ids.filter(Boolean).length === 0) throw missingParameter('InstanceId.1');
  ids.forEach((id, index) => {
    if (id === undefined) throw missingParameter(`InstanceId.${index + 1}`);
  });
  weights.forEach((weight, index) => {
    const name = `LoadBalancerWeight.${index + 1}`;
    if (weight === undefined) return;
    if (index >= ids.length) throw invalidParameter(name, `there is no InstanceId.${index + 1} for it to weigh.`);
    if (!/^\d+$/.test(weight) || Number(weight) > 100) throw invalidParameter(name, `\`${weight}\` is not an integer from 0 to 100.`);
  });
  const seen = new Set<string>();
  for (const id of ids as string[]) {
    if (seen.has(id)) throw invalidParameter('InstanceId.N', `instance "${id}" is listed twice.`);
    seen.add(id);
  }
  return { ids: ids as string[], weights: ids.map((_, index) => (weights[index] === undefined ? DEFAULT_WEIGHT : Number(weights[index]))) };
}

/** The first rule an instance breaks, as the cloud's error, or undefined when it may join the group. */
function instanceRefusal(world: AliyunWorld, region: AliyunRegionState, group: ScalingGroupRecord, instanceId: string): AliyunError | undefined {
  const found = world.findInstanceAnywhere(instanceId);
  if (!found) return new AliyunError(404, 'InvalidInstanceId.NotFound', `Instance "${instanceId}" does not exist.`);
  if (found.region !== region) {
    return new AliyunError(
      400,
      'InvalidInstanceId.RegionMismatch',
      `Instance "${instanceId}" is in ${found.region.regionId}, not in the scaling group's region ${region.regionId}.`,
    );
  }
  const instance: EcsInstance = found.instance;
  const owner = world.groupOf(region, instanceId);
  if (owner) {
    const where = owner === group ? 'this scaling group' : `scaling group "${owner.settings.ScalingGroupId}"`;
    return new AliyunError(400, 'InvalidInstanceId.InUse', `Instance "${instanceId}" is already attached to ${where}.`);
  }
  if (instance.Status !== 'Running') {
    return new AliyunError(400, 'IncorrectInstanceStatus', `The current status of instance "${instanceId}" is ${instance.Status}; only Running instances can be attached.`);
  }
  const groupIsVpc = group.settings.VSwitchIds.VSwitchId.length > 0;
  if (groupIsVpc && instance.InstanceNetworkType !== 'vpc') {
    return new AliyunError(
      400,
      'InvalidInstanceId.NetworkTypeMismatch',
      `Instance "${instanceId}" is in the classic network; the scaling group is in VPC "${group.settings.VpcId}".`,
    );
  }
  if (!groupIsVpc && instance.InstanceNetworkType === 'vpc') {
    return new AliyunError(400, 'InvalidInstanceId.NetworkTypeMismatch', `Instance "${instanceId}" is in a VPC; the scaling group is in the classic network.`);
  }
  if (groupIsVpc && instance.VpcAttributes.VpcId !== group.settings.VpcId) {
    return new AliyunError(
      400,
      'InvalidInstanceId.VPCMismatch',
      `Instance "${instanceId}" is in VPC "${instance.VpcAttributes.VpcId}", not in the scaling group's VPC "${group.settings.VpcId}".`,
    );
  }
  return undefined;
}

export const attachInstances = rpcHandler(ess.AttachInstances, ({ world, region, params }) => {
  const groupId = params.requiredString('ScalingGroupId');
  const { ids, weights } = readInstances(params);
  const group = region.groups.get(groupId);
  if (!group) throw new AliyunError(404, 'InvalidScalingGroupId.NotFound', `The specified scaling group "${groupId}" does not exist in ${region.regionId}.`);
  if (group.settings.LifecycleState !== 'Active') {
    throw new AliyunError(400, 'IncorrectScalingGroupStatus', `The current status of the specified scaling group is ${group.settings.LifecycleState}; it must be Active.`);
  }
  const running = world.inProgress(region, groupId);
  if (running) {
    throw new AliyunError(
      400,
      'ScalingActivityInProgress',
      `Scaling activity "${running.activity.ScalingActivityId}" is in progress in the specified scaling group; try again when it ends.`,
    );
  }
  if (group.settings.LoadBalancerIds.LoadBalancerId.length > 0 && group.settings.loadBalancerStatus !== 'active') {
    throw new AliyunError(400, 'IncorrectLoadBalancerStatus', `Load balancer "${group.settings.LoadBalancerIds.LoadBalancerId[0]}" of the scaling group is not active.`);
  }
  for (const id of ids) {
    const refusal = instanceRefusal(world, region, group, id);
    if (refusal) throw refusal;
  }
  if (group.members.size + ids.length > group.settings.MaxSize) {
    throw new AliyunError(
      400,
      'IncorrectCapacity.MaxSize',
      `To attach ${ids.length} instance(s), the total capacity would be ${group.members.size + ids.length}, above the scaling group's MaxSize of ${group.settings.MaxSize}.`,
    );
  }

  const now = world.clock.now();
  ids.forEach((id, index) => {
    const instance = region.instances.get(id)!;
    const member: ScalingInstance = {
      InstanceId: id,
      ScalingGroupId: groupId,
      CreationType: 'Attached',
      LifecycleState: 'Pending',
      HealthStatus: 'Healthy',
      LoadBalancerWeight: weights[index]!,
      CreationTime: aliyunTime(now, 'minute'),
      ZoneId: instance.ZoneId,
    };
    group.members.set(id, member);
  });
  const activityId = aliyunId('asa', region.idCode, world.random);
  world.startAttachActivity(
    region,
    {
      ScalingActivityId: activityId,
      ScalingGroupId: groupId,
      Description: `Add "${ids.length}" ECS instance(s)`,
      Cause: `At ${aliyunTime(now)}, a user requests to add instance(s) ${ids.join(', ')} to the scaling group.`,
      StartTime: aliyunTime(now),
      Progress: 0,
      StatusCode: 'InProgress',
      StatusMessage: '',
      TotalCapacity: String(group.members.size),
      AttachedCapacity: String([...group.members.values()].filter((m) => m.CreationType === 'Attached').length),
      AutoCreatedCapacity: String([...group.members.values()].filter((m) => m.CreationType === 'AutoCreated').length),
      ScalingInstanceNumber: ids.length,
    },
    ids,
  );
  return { ScalingActivityId: activityId };
});
