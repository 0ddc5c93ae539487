import type { NetworkInterface } from '@cvm/shared';

/**
 * A network interface as DescribeNetworkInterfaces and CreateNetworkInterface answer it: what the region keeps, with
 * the SDK's newer fields that follow from it. NetworkInterfaceState is State, except that an available interface bound
 * to an instance is INUSE (the SDK: PENDING, AVAILABLE, ATTACHING, DETACHING, DELETING, INUSE); each private address
 * has the interface's QosLevel.
 */
export function interfaceAnswer(eni: NetworkInterface): NetworkInterface {
  return {
    ...eni,
    NetworkInterfaceState: eni.State === 'AVAILABLE' && eni.Attachment ? 'INUSE' : eni.State,
    PrivateIpAddressSet: eni.PrivateIpAddressSet.map((address) => ({ ...address, QosLevel: address.QosLevel ?? eni.QosLevel })),
  };
}
