import { defineTransition } from '../../state/change-over-time/index.ts';

// How long CVM's operations take at transitionScale 1, in seconds of emulator time (the README's lifecycle tables),
// and what a failed one records. A launch varies by ±20 %. Changes made to a stopped instance (type, disk, password,
// reinstall, key pairs) take their own time; with ForceStop they are framed by a soft stop and a start, which take theirs.

const HOST_FAILURE = 'The operation failed on the host; retry it.';

export const CVM_TRANSITIONS = {
  launch: defineTransition('cvm.RunInstances', 10, 'ResourceInsufficient.SpecifiedInstanceType'),
  start: defineTransition('cvm.StartInstances', 4, HOST_FAILURE),
  stop: defineTransition('cvm.StopInstances', 5, HOST_FAILURE),
  /** A HARD (or ForceStop) stop: a variant, so a failure asked for cvm.StopInstances covers it too. */
  hardStop: defineTransition('cvm.StopInstances.HARD', 2, HOST_FAILURE),
  reboot: defineTransition('cvm.RebootInstances', 6, HOST_FAILURE),
  terminate: defineTransition('cvm.TerminateInstances', 3, HOST_FAILURE),
  resize: defineTransition('cvm.ResetInstancesType', 6, HOST_FAILURE),
  diskResize: defineTransition('cvm.ResizeInstanceDisks', 5, HOST_FAILURE),
  passwordReset: defineTransition('cvm.ResetInstancesPassword', 3, HOST_FAILURE),
  keyBind: defineTransition('cvm.AssociateInstancesKeyPairs', 3, HOST_FAILURE),
  keyUnbind: defineTransition('cvm.DisassociateInstancesKeyPairs', 3, HOST_FAILURE),
  reinstall: defineTransition('cvm.ResetInstance', 8, HOST_FAILURE),
  /** A new host name reboots a running instance; the reboot takes a reboot's time. */
  hostNameReboot: defineTransition('cvm.ModifyInstancesAttribute', 6, HOST_FAILURE),
  /** Boots the rescue system; a running instance is shut down first, taking a stop's time (a HARD one's with StopType HARD). */
  enterRescue: defineTransition('cvm.EnterRescueMode', 8, HOST_FAILURE),
  /** Takes the rescue system away; the instance is left STOPPED. */
  exitRescue: defineTransition('cvm.ExitRescueMode', 5, HOST_FAILURE),
  /**
   * An action timer's wait (action-timers/): it lands at the ActionTime the caller named, unscaled, so its seconds are
   * never used; it is never failed itself — the action it runs succeeds or fails as that action does.
   */
  actionTimer: defineTransition('cvm.ImportInstancesActionTimer', 0),
  /** A security group bound or unbound: the instance stays as it is while the group's rules are applied. */
  securityGroupBind: defineTransition('cvm.AssociateSecurityGroups', 1, HOST_FAILURE),
  securityGroupUnbind: defineTransition('cvm.DisassociateSecurityGroups', 1, HOST_FAILURE),
  /** Local disks copied onto cloud disks of the new medium, the instance STOPPED throughout. */
  diskTypeChange: defineTransition('cvm.ModifyInstanceDiskType', 10, HOST_FAILURE),
  /** A new private IP, subnet or VPC; a running instance is framed by a stop (HARD unless ForceStop is false) and a start. */
  vpcChange: defineTransition('cvm.ModifyInstancesVpcAttribute', 4, HOST_FAILURE),
  /**
   * An authorized repair (maintenance/): how long the cloud works on it once it begins; never failed — a repair task
   * has no failed status. Booked starts and the cloud's own authorization land at their times, unscaled.
   */
  repair: defineTransition('cvm.RepairTaskControl', 30),
} as const;
