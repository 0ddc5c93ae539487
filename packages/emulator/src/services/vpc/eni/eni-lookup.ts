import type { NetworkInterface } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { NETWORK_INTERFACE_ID } from '../../cvm/id-formats.ts';

/** The region's interfaces with due tasks landed, and interfaces of destroyed instances set free. */
export function currentInterfaces(world: World, region: RegionWorld): NetworkInterface[] {
  world.changes.settle();
  for (const eni of region.network.networkInterfaces) {
    if (eni.Attachment && !world.findInstances(region, [eni.Attachment.InstanceId])[0]) {
      Object.assign(eni, { Attachment: null, State: 'AVAILABLE' } satisfies Partial<NetworkInterface>);
    }
  }
  return region.network.networkInterfaces;
}

export function findInterface(world: World, region: RegionWorld, id: string): NetworkInterface {
  if (!NETWORK_INTERFACE_ID.test(id))
    throw new CloudError('InvalidParameterValue.Malformed', `The network interface ID \`${id}\` is malformed: expected eni- followed by 8 lower-case letters or digits.`);
  const eni = currentInterfaces(world, region).find((e) => e.NetworkInterfaceId === id);
  if (!eni) throw new CloudError('ResourceNotFound', `The network interface \`${id}\` does not exist in ${region.seed.region}.`);
  return eni;
}
