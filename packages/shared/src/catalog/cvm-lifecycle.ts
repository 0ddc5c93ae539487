import type { WithRequestId } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { idListSchema } from './common-params.ts';

// Start, stop, reboot and terminate (reference 14097–14831, 19139–19424) and the refund quote (18922).
const service = 'cvm';
const version = '2017-03-12';
const instanceIds = (z: Zod) => idListSchema(z, 100).min(1);
const stopType = (z: Zod) => z.enum(['SOFT', 'HARD', 'SOFT_FIRST']);

export interface InstanceRefund {
  InstanceId: string;
  Refunds: number;
  PriceDetail: string;
}

export const StartInstances = defineAction<WithRequestId>()({
  service,
  version,
  action: 'StartInstances',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 14113' },
  params: (z) => z.strictObject({ InstanceIds: instanceIds(z) }),
});

export const StopInstances = defineAction<WithRequestId>()({
  service,
  version,
  action: 'StopInstances',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 14584' },
  params: (z) =>
    z.strictObject({
      InstanceIds: instanceIds(z),
      /** Legacy boolean, superseded by StopType; still sent by old clients and the reference's GET example. */
      ForceStop: z.boolean().optional(),
      StopType: stopType(z).optional(),
      StoppedMode: z.enum(['KEEP_CHARGING', 'STOP_CHARGING']).optional(),
    }),
});

export const RebootInstances = defineAction<WithRequestId>()({
  service,
  version,
  action: 'RebootInstances',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 14327' },
  params: (z) =>
    z.strictObject({
      InstanceIds: instanceIds(z),
      /** Legacy boolean, superseded by StopType. */
      ForceReboot: z.boolean().optional(),
      StopType: stopType(z).optional(),
    }),
});

export const TerminateInstances = defineAction<WithRequestId>()({
  service,
  version,
  action: 'TerminateInstances',
  stepUp: true,
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 10, source: '001 line 19157' },
  params: (z) =>
    z.strictObject({
      InstanceIds: instanceIds(z),
      ReleaseAddress: z.boolean().optional(),
      ReleasePrepaidDataDisks: z.boolean().optional(),
    }),
});

export const InquiryPriceTerminateInstances = defineAction<{ InstanceRefundsSet: InstanceRefund[] }>()({
  service,
  version,
  action: 'InquiryPriceTerminateInstances',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 18934' },
  params: (z) => z.strictObject({ InstanceIds: instanceIds(z) }),
});
