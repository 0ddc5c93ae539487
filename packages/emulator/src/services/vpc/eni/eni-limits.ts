// How many network interfaces an instance type takes, the primary one included (the cloud's "ENI use limits" table
// grows with the vCPU count). The IT5 family, built around local NVMe disks, takes no elastic ones in the emulator:
// it stands for the families the cloud documents as without ENI support.

export const FAMILIES_WITHOUT_ENI = new Set(['IT5']);

export function eniLimit(cpu: number): number {
  if (cpu <= 1) return 2;
  if (cpu <= 4) return 4;
  if (cpu <= 16) return 8;
  return 10;
}

/** Elastic network interfaces one region of the account may own. */
export const ENI_QUOTA_PER_REGION = 50;
