import type { Instance, InstanceState } from '../types/instance.ts';
import type { NetworkInterface } from '../types/network.ts';

// What AttachNetworkInterface and DetachNetworkInterface require that can be told before asking (seed 004 and the
// VPC reference): the instance is RUNNING or STOPPED; the interface to bind is free, idle, has a security group and
// sits in the instance's zone. The emulator refuses by these rules with the cloud's codes; the console offers only
// what passes and says why not. What depends on the instance type (whether its family takes elastic interfaces, how
// many) stays the cloud's to say.

/** The states an instance binds and unbinds interfaces in (UnsupportedOperation.InvalidState otherwise). */
export const INTERFACE_POWER_STATES: readonly InstanceState[] = ['RUNNING', 'STOPPED'];

export function instanceTakesInterfaces(instance: Pick<Instance, 'InstanceState'>): boolean {
  return INTERFACE_POWER_STATES.includes(instance.InstanceState);
}

/** Why an interface cannot be bound to an instance, as the cloud's rule names it; undefined when it can. */
export type InterfaceBindProblem =
  /** UnsupportedOperation.AttachmentAlreadyExists */
  | 'attached'
  /** UnsupportedOperation.ResourceIsInvalidState: it is being created, bound, unbound or deleted. */
  | 'busy'
  /** UnsupportedOperation.ZoneMismatch */
  | 'otherZone'
  /** The cloud binds only an interface with a security group. */
  | 'noSecurityGroup';

/**
 * The first rule the interface itself breaks for being bound, in the order the cloud checks them: bound already (or
 * being bound), changing, without a security group. The instance's side comes after: its state, then its zone
 * (interfacePlacementProblem).
 */
export function interfaceBindProblem(eni: Pick<NetworkInterface, 'Attachment' | 'State' | 'GroupSet'>): Exclude<InterfaceBindProblem, 'otherZone'> | undefined {
  if (eni.Attachment || eni.State === 'ATTACHING') return 'attached';
  if (eni.State !== 'AVAILABLE') return 'busy';
  if (eni.GroupSet.length === 0) return 'noSecurityGroup';
  return undefined;
}

/** Whether the interface's subnet is in the instance's zone. */
export function interfacePlacementProblem(eni: Pick<NetworkInterface, 'Zone'>, instance: Pick<Instance, 'Placement'>): 'otherZone' | undefined {
  return eni.Zone === instance.Placement.Zone ? undefined : 'otherZone';
}

/** Whether a bound interface can be unbound now (beyond the instance's state): it has finished changing. */
export function interfaceIdle(eni: Pick<NetworkInterface, 'State'>): boolean {
  return eni.State === 'AVAILABLE';
}
