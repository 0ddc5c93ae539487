import type { z } from 'zod';
import type { cvm } from '@cvm/shared';

/** The parameters RunInstances and InquiryPriceRunInstances share, as the catalog's schema outputs them. */
export type PurchaseParams = z.output<typeof cvm.InquiryPriceRunInstances.params>;
export type RunParams = z.output<typeof cvm.RunInstances.params>;
