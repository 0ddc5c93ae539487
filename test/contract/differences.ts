// Where the catalog differs from the official SDKs' models on purpose, and why. The contract tests (request-params.test.ts
// at run time, responses.ts at compile time) fail on any difference not listed here, and on any listed one that no
// longer exists. A key is `<service>.<Action> <field path>`; `differs` repeats the test's words for what differs.

export interface Difference {
  readonly differs: string;
  readonly reason: string;
}

/** Request parameters: the catalog's zod schema against the SDK's `<Action>Request`. */
export const requestDifferences = {
  // The SDK's structures are shared between actions, and with answers, so their fields are optional there; where one
  // is the whole point of the structure in this request, the console requires it.
  'cvm.RunInstances LaunchTemplate.LaunchTemplateId': {
    differs: 'required here, optional in the SDK',
    reason: 'a LaunchTemplate without its ID names no template; the SDK leaves every field of its LaunchTemplate structure optional',
  },
  'cvm.InquiryPriceRunInstances LaunchTemplate.LaunchTemplateId': {
    differs: 'required here, optional in the SDK',
    reason: 'a LaunchTemplate without its ID names no template; the SDK leaves every field of its LaunchTemplate structure optional',
  },
  'cvm.ResizeInstanceDisks SystemDisk.DiskSize': {
    differs: 'required here, optional in the SDK',
    reason: "the new size is what a system disk resize asks for; the SDK's SystemDisk is RunInstances' too, where the size has a default",
  },
  'cvm.InquiryPriceResizeInstanceDisks SystemDisk.DiskSize': {
    differs: 'required here, optional in the SDK',
    reason: "the new size is what a system disk resize asks for; the SDK's SystemDisk is RunInstances' too, where the size has a default",
  },
  'cvm.ResetInstancesInternetMaxBandwidth InternetAccessible.InternetMaxBandwidthOut': {
    differs: 'required here, optional in the SDK',
    reason: "the new bandwidth is the only field this action reads (reference 31066); the SDK's InternetAccessible is RunInstances' too, where it defaults to 0",
  },
  'cvm.InquiryPriceResetInstancesInternetMaxBandwidth InternetAccessible.InternetMaxBandwidthOut': {
    differs: 'required here, optional in the SDK',
    reason: "the new bandwidth is the only field this action reads (reference 30821); the SDK's InternetAccessible is RunInstances' too, where it defaults to 0",
  },
  'cvm.ModifyInstanceDiskType DataDisks[].DiskSize': {
    differs: 'optional here, required by the SDK',
    reason:
      'only the new DiskType is read (reference 18342: its example value is `[{"DiskType": "CLOUD_PREMIUM"}]`); the SDK\'s DataDisk is RunInstances\' too, where the size is the point',
  },
  'vpc.CreateNetworkInterface PrivateIpAddresses[].PrivateIpAddress': {
    differs: 'required here, optional in the SDK',
    reason: "an address asked for by its specification needs the address; the SDK's PrivateIpAddressSpecification is also the answers' structure, where every field is optional",
  },
  'vpc.CreateNetworkInterface Tags[].Value': {
    differs: 'required here, optional in the SDK',
    reason: "the console keeps a tag as a Key and a Value, as DescribeNetworkInterfaces' TagSet answers it, and its dialog always sends a Value (empty for none)",
  },
  // One schema for the action and its quote, so the emulator's rules read both alike; the rules refuse the missing
  // parameter with the cloud's own MissingParameter, as the cloud does, instead of the console's InvalidParameter.
  'cvm.InquiryPriceRunInstances Placement': {
    differs: 'optional here, required by the SDK',
    reason: "InquiryPriceRunInstances shares RunInstances' schema (where a launch template may supply it); its absence is refused with MissingParameter by the purchase rules",
  },
  'cvm.InquiryPriceRunInstances ImageId': {
    differs: 'optional here, required by the SDK',
    reason: "InquiryPriceRunInstances shares RunInstances' schema (where a launch template may supply it); its absence is refused with MissingParameter by the purchase rules",
  },
  'cvm.InquiryPriceRenewInstances InstanceChargePrepaid': {
    differs: 'optional here, required by the SDK',
    reason: "InquiryPriceRenewInstances shares RenewInstances' schema, where it is optional; the renewal rules refuse a quote without a period with MissingParameter",
  },
  'ecs.DescribeInstances RegionId': {
    differs: 'required by the SDK, not accepted here',
    reason: "the console's Alibaba Cloud client adds RegionId from the region header (X-Region), as X-TC-Region for Tencent Cloud; a caller never sends it",
  },
} as const satisfies Record<string, Difference>;

/** Responses: the catalog's response type against the SDK's `<Action>Response`. */
export const responseDifferences = {} as const satisfies Record<string, Difference>;

/**
 * Services whose SDK's optional request fields the catalog need not all take (every other difference is still checked),
 * and why. Every Tencent Cloud service takes every field its SDK declares (issue 20): a field the emulator does not apply
 * is taken and documented in the emulator's README.
 */
export const optionalFieldsNotChecked = {
  ecs:
    "Alibaba Cloud ECS's DescribeInstances and DescribeRegions declare dozens of optional filters and owner fields " +
    '(Filter, Tag, PrivateIpAddresses, NextToken, OwnerId ...) for the whole of ECS; the console uses the few the ' +
    'catalog lists, and the emulator, reading RPC parameters by name, passes over the others without applying them.',
} as const satisfies Record<string, string>;

/** Catalog services the contract cannot cover, and why. */
export const notCovered = {
  ess:
    'Alibaba Cloud Auto Scaling (ESS 2014-08-28) has no SDK with models on the npm registry: @alicloud/ess20140828 does ' +
    'not exist there (404), and no other package carries its models. Its catalog entries are checked by the emulator ' +
    'and server tests only.',
} as const satisfies Record<string, string>;
