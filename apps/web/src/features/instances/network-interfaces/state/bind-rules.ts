import type { Instance, InstanceState, NetworkInterface } from '@cvm/shared';
import type { InterfaceMessages } from '../messages.ts';

// What the console can tell before asking the cloud to bind: an interface is bound and unbound only while the
// instance is RUNNING or STOPPED, and only one that is free, idle, has a security group and sits in the instance's zone
// can be bound (the cloud's UnsupportedOperation.InvalidState, AttachmentAlreadyExists, UnsupportedOperation and
// ZoneMismatch). The VPC is the same by construction (the picker lists the instance's VPC only). What depends on the
// instance type — whether its family takes elastic interfaces, how many — is left to the cloud, whose refusal is shown
// with its code: the limits differ between the cloud and the emulator, and change.

/** The cloud's length limit for NetworkInterfaceName. */
export const INTERFACE_NAME_MAX_LENGTH = 60;

const POWER_STATES: readonly InstanceState[] = ['RUNNING', 'STOPPED'];

/** Whether interfaces can be bound to or unbound from the instance now. */
export function inPowerState(instance: Instance): boolean {
  return POWER_STATES.includes(instance.InstanceState);
}

/** The interfaces a bind could name: not bound to any instance (a busy one is listed, refused). */
export function unboundInterfaces(interfaces: readonly NetworkInterface[]): NetworkInterface[] {
  return interfaces.filter((eni) => eni.Attachment === null);
}

/** Why this unbound interface cannot be bound to the instance, or undefined when it can. */
export function bindRefusal(eni: NetworkInterface, instance: Instance, m: InterfaceMessages): string | undefined {
  if (eni.State !== 'AVAILABLE') return m.busy(m.states[eni.State] ?? eni.State);
  if (eni.Zone !== instance.Placement.Zone) return m.otherZone(eni.Zone, instance.Placement.Zone);
  if (eni.GroupSet.length === 0) return m.noSecurityGroup;
  return undefined;
}

/** The picker's order: the ones that can be bound first, each group by name. */
export function bindChoices(interfaces: readonly NetworkInterface[], instance: Instance, m: InterfaceMessages) {
  return unboundInterfaces(interfaces)
    .map((eni) => ({ eni, refusal: bindRefusal(eni, instance, m) }))
    .sort((a, b) => Number(Boolean(a.refusal)) - Number(Boolean(b.refusal)) || a.eni.NetworkInterfaceName.localeCompare(b.eni.NetworkInterfaceName));
}


/** What is wrong with a new interface's name, or undefined. */
export function nameProblem(name: string, m: InterfaceMessages): string | undefined {
  if (name.trim() === '') return m.nameRequired;
  if (name.trim().length > INTERFACE_NAME_MAX_LENGTH) return m.nameTooLong(INTERFACE_NAME_MAX_LENGTH);
  return undefined;
}

/** AttachType as the cloud spells it: 0 standard, 1 extension. */
export type AttachType = 0 | 1;
export const attachTypeKey = (attachType: number): 'standard' | 'extension' => (attachType === 1 ? 'extension' : 'standard');
