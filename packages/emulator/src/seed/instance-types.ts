// Instance families and types (catalog.md seed catalog). Names follow the cloud's rule <FAMILY>.<SIZE><MemoryGiB>,
// where SMALL = 1 vCPU, MEDIUM = 2, LARGE = 4 and <n>XLARGE = 4·n.

export interface SeedInstanceType {
  InstanceType: string;
  InstanceFamily: string;
  CPU: number;
  Memory: number;
  GPU: number;
  GpuCount: number;
  /** The GPU model, and one GPU's memory in GiB; '' and 0 for a type without GPUs. */
  GpuType: string;
  GpuMemory: number;
  FPGA: number;
}

export interface SeedFamily {
  family: string;
  nameEn: string;
  nameZh: string;
  /** [cpu, memory] pairs offered in this family. */
  sizes: [number, number][];
  gpuPerCpu?: number;
  /** The GPU model of a GPU family, and one GPU's memory in GiB. */
  gpu?: { type: string; memory: number };
  /** Families sold only in some zones: zone suffix numbers where the family is absent. */
  absentInZones?: number[];
  /** FPGA cards per vCPU of an FPGA family (at least one card a type): ProgramFpgaImage programs them. */
  fpgaPerCpu?: number;
  /** A high-performance computing family: bought only into an HPC cluster (RunInstances' HpcClusterId, 8904). */
  hpc?: boolean;
}

export const SEED_FAMILIES: SeedFamily[] = [
  {
    family: 'S5',
    nameEn: 'Standard S5',
    nameZh: '标准型S5',
    sizes: [
      [1, 1],
      [1, 2],
      [2, 2],
      [2, 4],
      [2, 8],
      [4, 4],
      [4, 8],
      [4, 16],
      [8, 16],
      [8, 32],
      [16, 32],
      [16, 64],
      [32, 64],
      [48, 96],
      [48, 128],
      [64, 256],
    ],
  },
  {
    family: 'SA2',
    nameEn: 'Standard SA2',
    nameZh: '标准型SA2',
    sizes: [
      [1, 1],
      [1, 2],
      [2, 4],
      [2, 8],
      [4, 8],
      [4, 16],
      [8, 16],
      [8, 32],
      [16, 32],
      [16, 64],
      [32, 64],
    ],
  },
  {
    family: 'S6',
    nameEn: 'Standard S6',
    nameZh: '标准型S6',
    sizes: [
      [2, 4],
      [4, 8],
      [8, 16],
      [16, 32],
      [32, 64],
    ],
    absentInZones: [7],
  },
  {
    family: 'SA3',
    nameEn: 'Standard SA3',
    nameZh: '标准型SA3',
    sizes: [
      [2, 4],
      [4, 8],
      [8, 16],
      [16, 32],
    ],
    absentInZones: [2],
  },
  {
    family: 'M5',
    nameEn: 'Memory Optimized M5',
    nameZh: '内存型M5',
    sizes: [
      [2, 16],
      [4, 32],
      [8, 64],
      [16, 128],
      [32, 256],
    ],
  },
  {
    family: 'C5',
    nameEn: 'Compute C5',
    nameZh: '计算型C5',
    sizes: [
      [2, 4],
      [4, 8],
      [8, 16],
      [16, 32],
    ],
    absentInZones: [1, 2],
  },
  {
    family: 'IT5',
    nameEn: 'High IO IT5',
    nameZh: '高IO型IT5',
    sizes: [
      [16, 64],
      [32, 128],
    ],
    absentInZones: [3, 6, 7],
  },
  {
    family: 'GN7',
    nameEn: 'GPU Compute GN7',
    nameZh: 'GPU计算型GN7',
    sizes: [
      [8, 32],
      [20, 80],
      [32, 128],
    ],
    gpuPerCpu: 1 / 8,
    gpu: { type: 'NVIDIA T4', memory: 16 },
    absentInZones: [1, 2, 5],
  },
  // FPGA型 (the reference's DescribeInstanceTypeConfigs example lists FPGA型FX2, 11131; FX4 is its current generation):
  // one Xilinx card per 16 vCPUs, each at a DBDF address ProgramFpgaImage names.
  {
    family: 'FX4',
    nameEn: 'FPGA FX4',
    nameZh: 'FPGA型FX4',
    sizes: [
      [16, 64],
      [32, 128],
    ],
    fpgaPerCpu: 1 / 16,
    absentInZones: [1, 2, 4, 5, 7, 8],
  },
  // 高性能计算集群型: the reference's DescribeHpcClusters names HCCPNV4ane.58XLARGE1929 (35344); 8 GPUs with RDMA,
  // bought into an HPC cluster only.
  {
    family: 'HCCPNV4ane',
    nameEn: 'HPC Cluster GPU HCCPNV4ane',
    nameZh: '高性能计算集群GPU型HCCPNV4ane',
    sizes: [[232, 1929]],
    gpuPerCpu: 8 / 232,
    gpu: { type: 'NVIDIA A800', memory: 80 },
    hpc: true,
    absentInZones: [1, 2, 3, 4, 7, 8],
  },
];

function sizeName(cpu: number): string {
  if (cpu === 1) return 'SMALL';
  if (cpu === 2) return 'MEDIUM';
  if (cpu === 4) return 'LARGE';
  return `${cpu / 4}XLARGE`;
}

export function instanceTypeName(family: string, cpu: number, memory: number): string {
  return `${family}.${sizeName(cpu)}${memory}`;
}

export function familyTypes(family: SeedFamily): SeedInstanceType[] {
  return family.sizes.map(([cpu, memory]) => {
    const gpus = family.gpuPerCpu ? Math.max(1, Math.round(cpu * family.gpuPerCpu)) : 0;
    return {
      InstanceType: instanceTypeName(family.family, cpu, memory),
      InstanceFamily: family.family,
      CPU: cpu,
      Memory: memory,
      GPU: gpus,
      GpuCount: gpus,
      GpuType: gpus ? (family.gpu?.type ?? '') : '',
      GpuMemory: gpus ? (family.gpu?.memory ?? 0) : 0,
      FPGA: family.fpgaPerCpu ? Math.max(1, Math.round(cpu * family.fpgaPerCpu)) : 0,
    };
  });
}

export const SEED_INSTANCE_TYPES: SeedInstanceType[] = SEED_FAMILIES.flatMap(familyTypes);

export function isFamilyInZone(family: SeedFamily, zone: string): boolean {
  const suffix = Number(zone.slice(zone.lastIndexOf('-') + 1));
  return !(family.absentInZones ?? []).includes(suffix);
}
