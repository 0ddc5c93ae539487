import type { Difference } from './differences.ts';

// Where the emulator's answers differ from the official SDKs' response models on purpose, and why: the run-time check of
// test/emulator/response-completeness.test.ts walks every answer of every emulated action against the SDK's
// `<Action>Response` and fails on any difference not listed here, and on any listed one it no longer finds. A key is
// `<service>.<Action> <field path>` (array items as `[]`); `differs` repeats the test's words: `absent`, `null, and the
// SDK does not say it may be null`, or `<kind> here, <kind> in the SDK`.

/** Fields of answers, left out or null on purpose. */
export const answerDifferences = {
  'cvm.DescribeInstances InstanceSet[].LoginSettings.Password': {
    differs: 'absent',
    reason:
      'the cloud never answers a password: "实例登录设置。目前只返回实例所关联的密钥" (reference 37070); the SDK\'s LoginSettings is also RunInstances\' input, where the password is given',
  },
  'cvm.DescribeInstances InstanceSet[].GPUInfo': {
    differs: 'absent',
    reason: 'answered for GPU instances only: "如果是gpu类型子机，该值会返回GPU信息，如果是其他类型子机则不返回" (reference 37188)',
  },
  'cvm.DescribeLaunchTemplateVersions LaunchTemplateVersionSet[].LaunchTemplateVersionData.LoginSettings.Password': {
    differs: 'absent',
    reason:
      'a version\'s login settings answer its keys only: "实例登录设置。目前只返回实例所关联的密钥" (reference 38055); a password kept in a template is used by purchases, never answered',
  },
  'cvm.DescribeKeyPairs KeyPairSet[].PrivateKey': {
    differs: 'absent',
    reason: 'the cloud does not keep private keys: "腾讯云不会保管私钥" (reference 37913); CreateKeyPair answers it once',
  },
  'cvm.DescribeChcHosts ChcHostSet[].BmcVirtualPrivateCloud': {
    differs: 'null, and the SDK does not say it may be null',
    reason: 'a CHC host in INIT has no out-of-band network yet ("还未配置带外和部署网络", reference 35924): null says so, where an empty VpcId would name no VPC',
  },
  'cvm.DescribeChcHosts ChcHostSet[].DeployVirtualPrivateCloud': {
    differs: 'null, and the SDK does not say it may be null',
    reason: 'a CHC host without its deploy network (INIT, reference 35924): null, as for the out-of-band network',
  },
  'cvm.DescribeChcHosts ChcHostSet[].DeployExtraConfig': {
    differs: 'null, and the SDK does not say it may be null',
    reason: "the deploy network's boot options (ChcDeployExtraConfig, reference 35870) exist only with a deploy network",
  },
} as const satisfies Record<string, Difference>;

/** Emulated actions the test cannot call successfully, and why. */
export const notCalled = {} as const satisfies Record<string, string>;
