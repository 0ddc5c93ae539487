import { PREPAID_PERIODS, type RenewFlag } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';

/** InstanceChargePrepaid as RunInstances, RenewInstances and ModifyInstancesChargeType require it: a documented period. */
export function requirePeriod(prepaid: { Period: number; RenewFlag?: RenewFlag } | undefined, parameter = 'InstanceChargePrepaid'): { Period: number; RenewFlag?: RenewFlag } {
  if (!prepaid) throw new CloudError('MissingParameter', `The request is missing a required parameter \`${parameter}\`.`);
  if (!(PREPAID_PERIODS as readonly number[]).includes(prepaid.Period)) {
    throw new CloudError('InvalidPeriod', `\`${parameter}.Period\` ${prepaid.Period} is not a valid period: use 1–12, 24, 36, 48 or 60 months.`);
  }
  return prepaid;
}
