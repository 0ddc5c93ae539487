import type { Price, WithRequestId } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { chargePrepaidSchema, idListSchema } from './common-params.ts';

// Paying for instances differently: renewing subscriptions (RenewInstances 14832, InquiryPriceRenewInstances 13007,
// the renewal flag ModifyInstancesRenewFlag 16341),
// switching between pay-as-you-go and subscription (ModifyInstancesChargeType 16009 and its quote 13841), and public
// bandwidth (ResetInstancesInternetMaxBandwidth 31066 and its quote 30821). Commitments of money are the admin's.
const service = 'cvm';
const version = '2017-03-12';

const renewParams = (z: Zod) =>
  z.strictObject({
    InstanceIds: idListSchema(z, 100).min(1),
    InstanceChargePrepaid: chargePrepaidSchema(z).optional(),
    RenewPortableDataDisk: z.boolean().optional(),
  });

export const InquiryPriceRenewInstances = defineAction<{ Price: Price }>()({
  service,
  version,
  action: 'InquiryPriceRenewInstances',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 13015' },
  params: (z) => renewParams(z).extend({ DryRun: z.boolean().optional() }),
});

export const RenewInstances = defineAction<WithRequestId>()({
  service,
  version,
  action: 'RenewInstances',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 10, source: '001 line 14844' },
  params: renewParams,
});

/**
 * 16341: a subscription's renewal flag — renewed automatically for a month at each expiry, or not — for up to 100
 * instances. The flag commits money at each expiry, so it is the admin's, like renewing.
 */
export const ModifyInstancesRenewFlag = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyInstancesRenewFlag',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 10, source: '001 line 16349' },
  params: (z) =>
    z.strictObject({
      InstanceIds: idListSchema(z, 100).min(1),
      RenewFlag: z.enum(['NOTIFY_AND_AUTO_RENEW', 'NOTIFY_AND_MANUAL_RENEW', 'DISABLE_NOTIFY_AND_MANUAL_RENEW']),
    }),
});

const chargeTypeParams = (z: Zod, maxInstances: number) =>
  z.strictObject({
    InstanceIds: idListSchema(z, maxInstances).min(1),
    InstanceChargeType: z.enum(['PREPAID', 'POSTPAID_BY_HOUR']),
    InstanceChargePrepaid: chargePrepaidSchema(z).optional(),
    ModifyPortableDataDisk: z.boolean().optional(),
  });

export const InquiryPriceModifyInstancesChargeType = defineAction<{ Price: Price }>()({
  service,
  version,
  action: 'InquiryPriceModifyInstancesChargeType',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 13849' },
  params: (z) => chargeTypeParams(z, 100),
});

export const ModifyInstancesChargeType = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyInstancesChargeType',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 10, source: '001 line 16019' },
  params: (z) => chargeTypeParams(z, 30),
});

const bandwidthParams = (z: Zod) =>
  z.strictObject({
    InstanceIds: idListSchema(z, 100).min(1),
    // The SDK's InternetAccessible (RunInstances' too): only the new InternetMaxBandwidthOut is read (reference 31066);
    // the rest is taken and not applied.
    InternetAccessible: z.strictObject({
      InternetMaxBandwidthOut: z.number().int().min(0),
      InternetChargeType: z.string().optional(),
      PublicIpAssigned: z.boolean().optional(),
      BandwidthPackageId: z.string().optional(),
      InternetServiceProvider: z.string().optional(),
      IPv4AddressType: z.string().optional(),
      IPv6AddressType: z.string().optional(),
      AntiDDoSPackageId: z.string().optional(),
    }),
    StartTime: z.string().optional(),
    EndTime: z.string().optional(),
  });

export const InquiryPriceResetInstancesInternetMaxBandwidth = defineAction<{ Price: Price }>()({
  service,
  version,
  action: 'InquiryPriceResetInstancesInternetMaxBandwidth',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 30843' },
  params: bandwidthParams,
});

export const ResetInstancesInternetMaxBandwidth = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ResetInstancesInternetMaxBandwidth',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 31090' },
  params: bandwidthParams,
});
