import type { Price, WithRequestId } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';

// Reinstalling the OS (ResetInstance, InquiryPriceResetInstance 13268) wipes the system disk: the admin's call. The VNC
// console URL (DescribeInstanceVncUrl 11743) opens the machine's screen: an operator's.
const service = 'cvm';
const version = '2017-03-12';

const enabled = (z: Zod) => z.strictObject({ Enabled: z.boolean().optional() });

const reinstallParams = (z: Zod) =>
  z.strictObject({
    InstanceId: z.string().min(1),
    ImageId: z.string().min(1).optional(),
    // The SDK's SystemDisk: a reinstall reads DiskSize and DiskType; the rest is taken and not applied.
    SystemDisk: z
      .strictObject({
        DiskSize: z.number().int().optional(),
        DiskType: z.string().optional(),
        DiskId: z.string().optional(),
        CdcId: z.string().optional(),
        DiskName: z.string().optional(),
        Encrypt: z.boolean().optional(),
        KmsKeyId: z.string().optional(),
      })
      .optional(),
    LoginSettings: z.strictObject({ Password: z.string().optional(), KeyIds: z.array(z.string()).optional(), KeepImageLogin: z.enum(['true', 'false']).optional() }).optional(),
    EnhancedService: z.strictObject({ SecurityService: enabled(z).optional(), MonitorService: enabled(z).optional(), AutomationService: enabled(z).optional() }).optional(),
    UserData: z.string().optional(),
  });

export const InquiryPriceResetInstance = defineAction<{ Price: Price }>()({
  service,
  version,
  action: 'InquiryPriceResetInstance',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 13280' },
  params: reinstallParams,
});

export const ResetInstance = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ResetInstance',
  stepUp: true,
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 10, source: '001 line 20946' },
  params: (z) => reinstallParams(z).extend({ HostName: z.string().optional() }),
});

/**
 * A mutation in the console's terms though it changes no instance: each call issues a new single-use console address,
 * so opening a console is audited and never retried.
 */
export const DescribeInstanceVncUrl = defineAction<{ InstanceVncUrl: string }>()({
  service,
  version,
  action: 'DescribeInstanceVncUrl',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 11769' },
  params: (z) => z.strictObject({ InstanceId: z.string().min(1) }),
});
