import type { CpuTopology, Instance, InternetAccessible } from '@cvm/shared';

// An instance as DescribeInstances answers it: what its record keeps, and every other field of the SDK's Instance model
// (tencentcloud-sdk-nodejs-cvm cvm_models.d.ts), written from the record when the answer is. The fields below are the
// same for every instance or follow from what the record holds, so a world of a million instances does not keep them a
// million times: a record holds one of them only where a request gave it a value of its own (RunInstances' HostName,
// CpuTopology, Metadata; ModifyInstancesAttribute's HostName). Where the record keeps null and the SDK does not say the
// field may be null, the answer has the cloud's empty value instead ("" or []).
//
// GPUInfo is left out of a non-GPU instance, as the reference says ("如果是其他类型子机则不返回"), and LoginSettings.Password
// is never answered (the cloud does not give passwords back); test/contract/answer-differences.ts lists both.

/**
 * The host name an instance gets when nobody gave it one: `VM-<3rd>-<4th octet>-<system>` of its primary private IP,
 * the system being the first word of its OS name (`VM-0-12-centos`, `VM-3-7-ubuntu`); a Windows computer name is at
 * most 15 characters, so `VM-<3rd>-<4th>-win`. It follows the IP, as the cloud's default does when ModifyInstancesVpcAttribute
 * changes it without ReserveHostName. An instance without an IP yet (one that failed to launch) has none.
 */
export function defaultHostName(instance: Pick<Instance, 'OsName' | 'PrivateIpAddresses'>): string {
  const ip = instance.PrivateIpAddresses[0];
  if (!ip) return '';
  const [, , third, fourth] = ip.split('.');
  const system = (instance.OsName.split(/\s+/)[0] ?? 'linux').toLowerCase();
  return `VM-${third}-${fourth}-${system === 'windows' ? 'win' : system}`;
}

/** The CPU of a type as the cloud lays it out by default: two threads per core (hyper-threading) where the count allows. */
export function defaultCpuTopology(cpu: number): CpuTopology {
  return cpu % 2 === 0 ? { CoreCount: cpu / 2, ThreadPerCore: 2 } : { CoreCount: cpu, ThreadPerCore: 1 };
}

/**
 * An instance's InternetAccessible with every field the SDK declares, as DescribeInstances and
 * DescribeInstanceInternetBandwidthConfigs answer it. Without public bandwidth the record keeps no charge type; the
 * cloud answers the default, which follows the instance's own billing (the SDK: prepaid instances BANDWIDTH_PREPAID,
 * the others pay by traffic).
 */
export function internetAccessibleAnswer(accessible: InternetAccessible, instanceChargeType: Instance['InstanceChargeType']): InternetAccessible {
  return {
    ...accessible,
    InternetChargeType: accessible.InternetChargeType ?? (instanceChargeType === 'PREPAID' ? 'BANDWIDTH_PREPAID' : 'TRAFFIC_POSTPAID_BY_HOUR'),
    BandwidthPackageId: accessible.BandwidthPackageId ?? '',
    InternetServiceProvider: accessible.InternetServiceProvider ?? 'BGP',
    IPv4AddressType: accessible.IPv4AddressType ?? 'WanIP',
    IPv6AddressType: accessible.IPv6AddressType ?? '',
    AntiDDoSPackageId: accessible.AntiDDoSPackageId ?? '',
  };
}

/** The instance with every field the SDK declares (see above): a new object, the record is not changed. */
export function instanceAnswer(instance: Instance): Instance {
  const { GPUInfo, ...kept } = instance;
  const { Placement, SystemDisk, InternetAccessible, LoginSettings } = instance;
  const answer: Instance = {
    ...kept,
    Placement: {
      ...Placement,
      HostId: Placement.HostId ?? '',
      HostIds: Placement.HostIds ?? (Placement.HostId ? [Placement.HostId] : []),
      DedicatedResourcePackTenancy: Placement.DedicatedResourcePackTenancy ?? '',
      DedicatedResourcePackIds: Placement.DedicatedResourcePackIds ?? [],
      RackId: Placement.RackId ?? '',
    },
    SystemDisk: { ...SystemDisk, Encrypt: SystemDisk.Encrypt ?? false, KmsKeyId: SystemDisk.KmsKeyId ?? '' },
    DataDisks: instance.DataDisks.map((disk) => ({ ...disk, SnapshotId: disk.SnapshotId ?? '', BurstPerformance: disk.BurstPerformance ?? false })),
    InternetAccessible: internetAccessibleAnswer(InternetAccessible, instance.InstanceChargeType),
    LoginSettings: { ...LoginSettings, KeepImageLogin: LoginSettings.KeepImageLogin ?? 'false' },
    DisasterRecoverGroupIds: instance.DisasterRecoverGroupIds ?? (instance.DisasterRecoverGroupId ? [instance.DisasterRecoverGroupId] : []),
    HostName: instance.HostName ?? defaultHostName(instance),
    EnableJumboFrame: instance.EnableJumboFrame ?? false,
    Metadata: instance.Metadata ?? { Items: [] },
    PublicIPv6Addresses: instance.PublicIPv6Addresses ?? [],
    CpuTopology: instance.CpuTopology ?? defaultCpuTopology(instance.CPU),
    PartitionNumber: instance.PartitionNumber ?? 0,
  };
  if (GPUInfo) answer.GPUInfo = GPUInfo;
  return answer;
}
