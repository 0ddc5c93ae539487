import { interfaceBindProblem, interfacePlacementProblem, type Instance, type NetworkInterface } from '@cvm/shared';
import type { InterfaceMessages } from '../messages.ts';

// What the console can tell before asking the cloud to bind, in words: the rules themselves are @cvm/shared's
// (rules/interface-binding.ts), which the emulator refuses by with the cloud's codes. The VPC is the same by
// construction (the picker lists the instance's VPC only). What depends on the instance type — whether its family takes
// elastic interfaces, how many — is left to the cloud, whose refusal is shown with its code.

/** The cloud's length limit for NetworkInterfaceName. */
export const INTERFACE_NAME_MAX_LENGTH = 60;

/** The interfaces a bind could name: not bound to any instance (a busy one is listed, refused). */
export function unboundInterfaces(interfaces: readonly NetworkInterface[]): NetworkInterface[] {
  return interfaces.filter((eni) => eni.Attachment === null);
}

/** Why this unbound interface cannot be bound to the instance, in words, or undefined when it can (@cvm/shared's rules). */
export function bindRefusal(eni: NetworkInterface, instance: Instance, m: InterfaceMessages): string | undefined {
  const problem = interfaceBindProblem(eni) ?? interfacePlacementProblem(eni, instance);
  if (problem === 'attached' || problem === 'busy') return m.busy(m.states[eni.State] ?? eni.State);
  if (problem === 'otherZone') return m.otherZone(eni.Zone, instance.Placement.Zone);
  if (problem === 'noSecurityGroup') return m.noSecurityGroup;
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
