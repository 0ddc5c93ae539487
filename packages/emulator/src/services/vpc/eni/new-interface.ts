import type { NetworkInterface } from '@cvm/shared';
import type { Subnet } from '../../../network/subnet-addresses.ts';
import { cloudTime } from '../../../state/cloud-time.ts';
import { resourceId } from '../../../state/random.ts';
import type { World } from '../../../state/world.ts';

// A new elastic network interface as the region keeps it, whoever makes it: CreateNetworkInterface, or RunInstances'
// NetworkInterfaces with each instance. Instances' primary interfaces are not made here: they are derived
// (primary-interface.ts), with MACs of their own.

/** A MAC of the 20:90:6F block the cloud's interfaces carry, the rest from the world's generator. */
function randomMac(world: World): string {
  const bytes = Array.from({ length: 3 }, () =>
    Math.floor(world.random() * 256)
      .toString(16)
      .padStart(2, '0')
      .toUpperCase(),
  );
  return ['20', '90', '6F', ...bytes].join(':');
}

export interface NewInterface {
  name: string;
  description: string;
  subnet: Subnet;
  securityGroupIds: readonly string[];
  /** Its private addresses, already taken from the subnet; the first is its primary one. */
  addresses: readonly { ip: string; description?: string }[];
  /** Bound at once (RunInstances), or free (null). */
  attachment: NetworkInterface['Attachment'];
  tags?: NetworkInterface['TagSet'];
  /** 0 an ordinary interface, 2 a trunking one. */
  eniType?: number;
  qosLevel?: string;
  /** When it was made (emulator time): now, unless it comes with something made at a time of its own. */
  createdAt?: number;
}

/** The interface, AVAILABLE; the caller adds it to the region's list. */
export function newElasticInterface(world: World, init: NewInterface): NetworkInterface {
  // The MAC drawn before the ID, as CreateNetworkInterface always has: a seed gives the IDs it gave.
  const mac = randomMac(world);
  return {
    NetworkInterfaceId: resourceId('eni', world.random),
    NetworkInterfaceName: init.name,
    NetworkInterfaceDescription: init.description,
    SubnetId: init.subnet.info.SubnetId,
    VpcId: init.subnet.info.VpcId,
    GroupSet: [...init.securityGroupIds],
    Primary: false,
    MacAddress: mac,
    State: 'AVAILABLE',
    PrivateIpAddressSet: init.addresses.map(({ ip, description }, n) => ({
      PrivateIpAddress: ip,
      Primary: n === 0,
      PublicIpAddress: '',
      AddressId: '',
      Description: description ?? '',
      IsWanIpBlocked: false,
      State: 'AVAILABLE',
    })),
    Attachment: init.attachment,
    Zone: init.subnet.info.Zone,
    CreatedTime: cloudTime(init.createdAt ?? world.clock.now()),
    Ipv6AddressSet: [],
    TagSet: init.tags ?? [],
    EniType: init.eniType ?? 0,
    Business: 'cvm',
    CdcId: '',
    AttachType: 0,
    ResourceId: '',
    QosLevel: init.qosLevel ?? 'DEFAULT',
  };
}
