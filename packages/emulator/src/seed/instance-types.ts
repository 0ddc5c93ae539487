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
      FPGA: 0,
    };
  });
}

export const SEED_INSTANCE_TYPES: SeedInstanceType[] = SEED_FAMILIES.flatMap(familyTypes);

export function isFamilyInZone(family: SeedFamily, zone: string): boolean {
  const suffix = Number(zone.slice(zone.lastIndexOf('-') + 1));
  return !(family.absentInZones ?? []).includes(suffix);
}
