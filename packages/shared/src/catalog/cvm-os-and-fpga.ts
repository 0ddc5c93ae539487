import type { WithRequestId } from '../types/index.ts';
import { defineAction } from './define.ts';
import { idListSchema } from './common-params.ts';

// Two instance actions the reference files under "其他接口": ConvertOperatingSystems (28270, CentOS to TencentOS in place)
// and ProgramFpgaImage (18748, an FPGA image programmed onto an FX instance's cards). Kept apart from the HPC and CHC
// actions (cvm-hpc-chc.ts) because the instance list's actions, which the first screen loads, name these two.
const service = 'cvm';
const version = '2017-03-12';

/** TargetOS (39283). */
export interface TargetOS {
  TargetOSType: string;
  TargetOSVersion: string;
}

/** The one target ConvertOperatingSystems takes (28320). */
export const CONVERT_TARGET_OS_TYPES = ['TencentOS'] as const;

/**
 * 28270: CentOS 7 or 8 instances, RUNNING, converted in place to TencentOS; DryRun only checks and lists the targets.
 * It rewrites the system disk's operating system: an admin's, with a fresh second factor, as a reinstall is.
 */
export const ConvertOperatingSystems = defineAction<WithRequestId & { SupportTargetOSList: TargetOS[]; TaskId: string }>()({
  service,
  version,
  action: 'ConvertOperatingSystems',
  kind: 'mutate',
  minRole: 'admin',
  stepUp: true,
  rateLimit: { perSecond: 20, source: '001 line 28276' },
  params: (z) =>
    z.strictObject({
      InstanceIds: idListSchema(z, 100).min(1),
      MinimalConversion: z.boolean().optional(),
      DryRun: z.boolean().optional(),
      TargetOSType: z.string().optional(),
    }),
});

/** 18748: one instance; every FPGA card when DBDFs is empty; DryRun checks without programming. */
export const ProgramFpgaImage = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ProgramFpgaImage',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 18758' },
  params: (z) =>
    z.strictObject({
      InstanceId: z.string().min(1),
      FPGAUrl: z.string(),
      DBDFs: z.array(z.string()).max(16).optional(),
      DryRun: z.boolean().optional(),
    }),
});
