import type { NetworkInterface } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { RegionNetwork } from '../../../network/region-network.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { NETWORK_INTERFACE_ID } from '../../cvm/id-formats.ts';
import { primaryInterfaceOf, primaryInterfaceOwner } from './primary-interface.ts';

/**
 * The region's elastic interfaces with due tasks landed, and those of destroyed instances set free — or deleted, with
 * their addresses given back, when they were bought to go with the instance (RunInstances' NetworkInterfaces with
 * DeleteWithInstance). Primary interfaces are not among them: they are the instances' own (primary-interface.ts).
 */
export function currentInterfaces(world: World, region: RegionWorld): NetworkInterface[] {
  world.changes.settle();
  const network = region.network;
  let gone: NetworkInterface[] | undefined;
  for (const eni of network.networkInterfaces) {
    if (eni.Attachment && !world.findInstances(region, [eni.Attachment.InstanceId])[0]) {
      if (network.deleteWithInstance?.delete(eni.NetworkInterfaceId)) (gone ??= []).push(eni);
      else Object.assign(eni, { Attachment: null, State: 'AVAILABLE' } satisfies Partial<NetworkInterface>);
    }
  }
  if (gone) {
    for (const eni of gone) releaseAddresses(network, eni);
    network.networkInterfaces = network.networkInterfaces.filter((eni) => !gone.includes(eni));
  }
  return network.networkInterfaces;
}

/** Gives an interface's private addresses back to its subnet. */
export function releaseAddresses(network: RegionNetwork, eni: NetworkInterface): void {
  const subnet = network.subnets.find((s) => s.info.SubnetId === eni.SubnetId);
  for (const address of eni.PrivateIpAddressSet) {
    if (subnet?.used.delete(address.PrivateIpAddress)) subnet.info.AvailableIpAddressCount++;
  }
}

/** An elastic interface, or an instance's primary one, by ID; the cloud's codes for a malformed or unknown ID. */
export function findInterface(world: World, region: RegionWorld, id: string): NetworkInterface {
  if (!NETWORK_INTERFACE_ID.test(id))
    throw new CloudError('InvalidParameterValue.Malformed', `The network interface ID \`${id}\` is malformed: expected eni- followed by 8 lower-case letters or digits.`);
  const eni = currentInterfaces(world, region).find((e) => e.NetworkInterfaceId === id);
  if (eni) return eni;
  const owner = primaryInterfaceOwner(world, region, id);
  if (owner) return primaryInterfaceOf(world, owner);
  throw new CloudError('ResourceNotFound', `The network interface \`${id}\` does not exist in ${region.seed.region}.`);
}

/**
 * How many interfaces an instance has, its primary one included: the elastic ones bound to it or being bound. What the
 * type's limit (eni-limits.ts) is measured against.
 */
export function interfacesOn(region: RegionWorld, instanceId: string): number {
  const elastic = region.network.networkInterfaces.filter((e) => e.Attachment?.InstanceId === instanceId || (e.State === 'ATTACHING' && e.ResourceId === instanceId)).length;
  return elastic + 1;
}
