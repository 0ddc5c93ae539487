import { cvm } from '@cvm/shared';
import { handler } from '../../action-handler.ts';
import { quotePurchase } from '../../../pricing/purchase-quote.ts';
import { resolvePurchase } from './resolve-purchase.ts';
import { withLaunchTemplate } from '../launch-templates/apply-launch-template.ts';

// InquiryPriceRunInstances (11964): the same checks as RunInstances (only a purchase that could be made is priced),
// then the quote for all InstanceCount instances. Quota is not checked: a price is a price.

export const inquiryPriceRunInstances = handler(cvm.InquiryPriceRunInstances, (ctx, params) => {
  // A LaunchTemplate's version priced with the request's own parameters over it, as RunInstances would buy it.
  const purchase = resolvePurchase(ctx.world, ctx.region, withLaunchTemplate(ctx.region, params), ['PREPAID', 'POSTPAID_BY_HOUR', 'SPOTPAID']);
  return {
    Price: quotePurchase({
      region: ctx.region.seed.region,
      type: purchase.offering.type,
      chargeType: purchase.chargeType,
      periodMonths: purchase.periodMonths,
      disks: [purchase.systemDisk, ...purchase.dataDisks],
      internet: purchase.internet,
      count: purchase.count,
    }),
  };
});
