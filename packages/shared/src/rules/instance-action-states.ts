import type { InstanceState } from '../types/instance.ts';

// In which states the cloud accepts each action on an instance (the reference's state matrix: StartInstances 14101,
// StopInstances 14570, RebootInstances 14315, TerminateInstances 19143, the changes' UnsupportedOperation.InstanceState*
// codes). One table: the emulator refuses by it with the cloud's codes, the console offers an action only where it
// allows it and says why not before anything is sent.

export const INSTANCE_ACTION_STATES = {
  StartInstances: ['STOPPED'],
  StopInstances: ['RUNNING'],
  RebootInstances: ['RUNNING'],
  TerminateInstances: ['RUNNING', 'STOPPED', 'SHUTDOWN', 'RESCUE_MODE', 'SERVICE_LIVE_MIGRATE'],
  /** Type, disks, bandwidth, password, reinstall, billing: the configuration of a running or stopped instance. */
  ResetInstancesType: ['RUNNING', 'STOPPED'],
  ResizeInstanceDisks: ['RUNNING', 'STOPPED'],
  ResetInstancesInternetMaxBandwidth: ['RUNNING', 'STOPPED'],
  ResetInstancesPassword: ['RUNNING', 'STOPPED'],
  /** Key pairs: a stopped instance, or a running one the cloud force-stops first (ForceStop) and starts again. */
  AssociateInstancesKeyPairs: ['RUNNING', 'STOPPED'],
  DisassociateInstancesKeyPairs: ['RUNNING', 'STOPPED'],
  ResetInstance: ['RUNNING', 'STOPPED'],
  ModifyInstancesChargeType: ['RUNNING', 'STOPPED'],
  /** Also while it starts, stops or reboots; an expired subscription in the recycle bin (SHUTDOWN) comes back when renewed. */
  RenewInstances: ['RUNNING', 'STOPPED', 'SHUTDOWN', 'STARTING', 'STOPPING', 'REBOOTING'],
  /** Renaming applies at once, also to an instance whose launch failed. */
  ModifyInstancesAttribute: ['RUNNING', 'STOPPED', 'LAUNCH_FAILED'],
  DescribeInstanceVncUrl: ['RUNNING'],
  /** A running instance is shut down first (StopType); exit only from rescue mode (reference 17570–17594, 17719–17733). */
  EnterRescueMode: ['RUNNING', 'STOPPED'],
  ExitRescueMode: ['RESCUE_MODE'],
  /** A termination timer is set on an instance at rest; in other states UnsupportedOperation.NotSupportImportInstancesActionTimer. */
  ImportInstancesActionTimer: ['RUNNING', 'STOPPED'],
  /** Security groups, project and network of an instance at rest; a running one is stopped and started again for a new network. */
  AssociateSecurityGroups: ['RUNNING', 'STOPPED'],
  DisassociateSecurityGroups: ['RUNNING', 'STOPPED'],
  ModifyInstancesProject: ['RUNNING', 'STOPPED'],
  ModifyInstancesVpcAttribute: ['RUNNING', 'STOPPED'],
  /** Local disks become cloud disks only while the instance is shut down ("只支持实例在关机状态下转换", reference 18304). */
  ModifyInstanceDiskType: ['STOPPED'],
  /** An image of a stopped instance, or of a running one (as it runs, or shut down first with ForcePoweroff), reference 27747. */
  CreateImage: ['RUNNING', 'STOPPED'],
} as const satisfies Record<string, readonly InstanceState[]>;

export type StateBoundAction = keyof typeof INSTANCE_ACTION_STATES;

/** Whether the cloud accepts `action` for an instance in `state`. */
export function stateAllows(action: StateBoundAction, state: InstanceState): boolean {
  return (INSTANCE_ACTION_STATES[action] as readonly InstanceState[]).includes(state);
}

/** The cloud's code for an instance in the wrong state: UnsupportedOperation.InstanceState<CamelCase> (InstanceStateRunning...). */
export function instanceStateErrorCode(state: InstanceState): string {
  const camel = state
    .toLowerCase()
    .split('_')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
  return `UnsupportedOperation.InstanceState${camel}`;
}
