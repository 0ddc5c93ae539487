import { instanceTakesInterfaces, interfaceBindProblem, interfaceIdle, interfacePlacementProblem, vpc, type NetworkInterface } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { FailureMessage, Transition } from '../../../state/change-over-time/index.ts';
import type { VpcTask } from '../../../network/vpc-tasks.ts';
import { cloudTime } from '../../../state/cloud-time.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { singleTarget } from '../../cvm/instance-state-errors.ts';
import { isRdmaInterface } from './create-network-interface.ts';
import { FAMILIES_WITHOUT_ENI, eniLimit } from './eni-limits.ts';
import { findInterface, interfacesOn } from './eni-lookup.ts';
import { VPC_TRANSITIONS } from './transitions.ts';

// AttachNetworkInterface and DetachNetworkInterface (seed 004): asynchronous; the call's RequestId is the task polled
// with DescribeVpcTaskResult. The rules, in the order checked: the interface is free (AttachmentAlreadyExists) and
// has a security group; the instance is RUNNING or STOPPED (the seed's "running or shutdown" — CVM's SHUTDOWN is the
// recycle bin, not a power state) (InvalidState); same zone as the interface's subnet (ZoneMismatch), same VPC
// (VpcMismatch); its family takes elastic interfaces (UnsupportedInstanceFamily); it has room (LimitExceeded).

function instanceFor(ctx: RequestContext, instanceId: string): InstanceRecord {
  try {
    return singleTarget(ctx.world, ctx.region, instanceId);
  } catch (error) {
    if (error instanceof CloudError) {
      throw new CloudError(error.code.endsWith('Malformed') ? 'InvalidParameterValue.Malformed' : 'ResourceNotFound', error.message);
    }
    throw error;
  }
}

function requirePowerState(record: InstanceRecord): void {
  const state = record.instance.InstanceState;
  if (!instanceTakesInterfaces(record.instance)) {
    throw new CloudError(
      'UnsupportedOperation.InvalidState',
      `Instance \`${record.instance.InstanceId}\` is ${state}; network interfaces are bound and unbound only while it is RUNNING or STOPPED.`,
    );
  }
}

/**
 * A ClientToken seen before answers with the task it started, and this call's RequestId names that task too, once that
 * task has ended; while it still runs the repeat is refused with UnsupportedOperation.IdempotentProcessing (seed 004
 * line 172: "The previous idempotent request is still being processed"). Reused for a different request it is refused.
 * True when the call was such a repeat.
 */
function repeatedTask(ctx: RequestContext, token: string | undefined, fingerprint: string): boolean {
  const earlier = token === undefined ? undefined : ctx.region.network.taskTokens.get(token);
  if (!earlier) return false;
  if (earlier.fingerprint !== fingerprint)
    throw new CloudError('UnsupportedOperation.IdempotentParameterMismatch', `The ClientToken \`${token}\` was already used for a different request.`);
  ctx.world.changes.settle();
  if (earlier.task.change.status === 'under way') {
    throw new CloudError('UnsupportedOperation.IdempotentProcessing', `The request with ClientToken \`${token}\` is still being processed; try again when its task has ended.`);
  }
  ctx.region.network.tasks.set(ctx.requestId, earlier.task);
  return true;
}

interface TaskPlan {
  transition: Transition;
  /** The effect, applied when the task lands; a message returned fails the task instead. */
  land: () => FailureMessage | void;
  /** Puts the interface back as it was when the task fails. */
  rollBack: () => void;
}

/** Starts an attach or detach on the world's timeline; its TaskId is this call's RequestId. */
function startTask(ctx: RequestContext, token: string | undefined, fingerprint: string, resourceId: string, plan: TaskPlan): void {
  const { world, region } = ctx;
  const change = world.changes.start<'SUCCESS'>({ transition: plan.transition, legs: [{ to: 'SUCCESS', onArrive: plan.land }], onFailure: plan.rollBack });
  const task: VpcTask = { resourceId, change };
  region.network.tasks.set(ctx.requestId, task);
  if (token !== undefined) region.network.taskTokens.set(token, { task, fingerprint });
}

export const attachNetworkInterface = handler(vpc.AttachNetworkInterface, (ctx, params) => {
  const { world, region } = ctx;
  const fingerprint = `attach:${params.NetworkInterfaceId}:${params.InstanceId}:${params.AttachType ?? 0}`;
  if (repeatedTask(ctx, params.ClientToken, fingerprint)) return {};
  const eni = findInterface(world, region, params.NetworkInterfaceId);
  const record = instanceFor(ctx, params.InstanceId);
  // The rules the console applies too (@cvm/shared's interface-binding.ts), in the cloud's order, with its codes.
  const problem = interfaceBindProblem(eni);
  if (problem === 'attached') {
    throw new CloudError(
      'UnsupportedOperation.AttachmentAlreadyExists',
      `The network interface \`${eni.NetworkInterfaceId}\` is already bound to \`${eni.Attachment?.InstanceId ?? 'an instance'}\`; unbind it first.`,
    );
  }
  if (problem === 'busy') throw new CloudError('UnsupportedOperation.ResourceIsInvalidState', `The network interface \`${eni.NetworkInterfaceId}\` is ${eni.State}.`);
  if (problem === 'noSecurityGroup')
    throw new CloudError('UnsupportedOperation', `The network interface \`${eni.NetworkInterfaceId}\` has no security group; associate one before binding it.`);
  requirePowerState(record);
  const instance = record.instance;
  if (interfacePlacementProblem(eni, instance) === 'otherZone') {
    throw new CloudError('UnsupportedOperation.ZoneMismatch', `The instance is in ${instance.Placement.Zone} but the interface's subnet is in ${eni.Zone}.`);
  }
  if (instance.VirtualPrivateCloud.VpcId !== eni.VpcId) {
    throw new CloudError('UnsupportedOperation.VpcMismatch', `The instance is in the VPC ${instance.VirtualPrivateCloud.VpcId} but the interface is in ${eni.VpcId}.`);
  }
  const family = instance.InstanceType.split('.')[0]!;
  if (FAMILIES_WITHOUT_ENI.has(family)) {
    throw new CloudError('UnsupportedOperation.UnsupportedInstanceFamily', `The ${family} family does not take elastic network interfaces.`);
  }
  if (isRdmaInterface(eni)) {
    throw new CloudError('UnsupportedOperation.UnsupportedInstanceFamily', `\`${eni.NetworkInterfaceId}\` is an RDMA interface; the ${family} family has no RDMA.`);
  }
  // The primary interface counts against the type's limit too.
  const bound = interfacesOn(region, instance.InstanceId);
  const limit = eniLimit(instance.CPU);
  if (bound >= limit) {
    throw new CloudError('LimitExceeded', `${instance.InstanceType} takes ${limit} network interfaces including the primary one; \`${instance.InstanceId}\` has ${bound}.`);
  }
  Object.assign(eni, { State: 'ATTACHING', ResourceId: instance.InstanceId, AttachType: params.AttachType ?? 0 } satisfies Partial<NetworkInterface>);
  // The primary interface is device 0.
  const deviceIndex = bound;
  startTask(ctx, params.ClientToken, fingerprint, eni.NetworkInterfaceId, {
    transition: VPC_TRANSITIONS.attach,
    land: () => {
      const target = world.findInstances(region, [instance.InstanceId])[0];
      if (!target || !instanceTakesInterfaces(target.instance)) {
        return `UnsupportedOperation.InvalidState: the instance ${instance.InstanceId} left RUNNING/STOPPED before the interface was bound.`;
      }
      Object.assign(eni, {
        State: 'AVAILABLE',
        ResourceId: '',
        Attachment: { InstanceId: instance.InstanceId, DeviceIndex: deviceIndex, InstanceAccountId: world.account.uin, AttachTime: cloudTime(world.clock.now()) },
      } satisfies Partial<NetworkInterface>);
      return undefined;
    },
    rollBack: () => {
      Object.assign(eni, { State: 'AVAILABLE', ResourceId: '' } satisfies Partial<NetworkInterface>);
    },
  });
  return {};
});

export const detachNetworkInterface = handler(vpc.DetachNetworkInterface, (ctx, params) => {
  const { world, region } = ctx;
  const fingerprint = `detach:${params.NetworkInterfaceId}:${params.InstanceId}`;
  if (repeatedTask(ctx, params.ClientToken, fingerprint)) return {};
  const eni = findInterface(world, region, params.NetworkInterfaceId);
  const record = instanceFor(ctx, params.InstanceId);
  if (eni.Attachment?.InstanceId !== record.instance.InstanceId) {
    throw new CloudError('UnsupportedOperation', `The network interface \`${eni.NetworkInterfaceId}\` is not bound to \`${record.instance.InstanceId}\`.`);
  }
  if (eni.Primary) throw new CloudError('UnsupportedOperation', 'A primary network interface cannot be unbound.');
  if (!interfaceIdle(eni)) throw new CloudError('UnsupportedOperation.ResourceIsInvalidState', `The network interface \`${eni.NetworkInterfaceId}\` is ${eni.State}.`);
  requirePowerState(record);
  eni.State = 'DETACHING';
  startTask(ctx, params.ClientToken, fingerprint, eni.NetworkInterfaceId, {
    transition: VPC_TRANSITIONS.detach,
    land: () => {
      Object.assign(eni, { State: 'AVAILABLE', Attachment: null } satisfies Partial<NetworkInterface>);
    },
    // Still bound: the interface stays on the instance.
    rollBack: () => {
      eni.State = 'AVAILABLE';
    },
  });
  return {};
});
