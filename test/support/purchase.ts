/** The smallest RunInstances the emulator accepts in ap-guangzhou-3 (a public image, a small type, a premium disk). */
export const purchase = (overrides: object = {}) => ({
  Placement: { Zone: 'ap-guangzhou-3' },
  ImageId: 'img-eb30mz89',
  InstanceType: 'S5.MEDIUM4',
  SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
  ...overrides,
});
