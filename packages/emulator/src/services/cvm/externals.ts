// The Externals structure (cvm_models.d.ts Externals) as the emulator answers it in DescribeZoneInstanceConfigInfos'
// InstanceTypeQuotaSet and DescribeInstancesActionTimer's ActionTimers: no address released, no network type ruled out,
// no HDD local storage (the emulator sells no type with local disks).

export type Externals = {
  ReleaseAddress: boolean;
  UnsupportNetworks: string[];
  StorageBlockAttr: { Type: string; MinSize: number; MaxSize: number };
};

/** A fresh Externals with nothing in it, every field the SDK declares present. */
export const noExternals = (): Externals => ({ ReleaseAddress: false, UnsupportNetworks: [], StorageBlockAttr: { Type: '', MinSize: 0, MaxSize: 0 } });
