import type { cvm, ParamsOutput } from '@cvm/shared';

/** The parameters RunInstances and InquiryPriceRunInstances share, as the catalog's schema outputs them. */
export type PurchaseParams = ParamsOutput<typeof cvm.InquiryPriceRunInstances>;
export type RunParams = ParamsOutput<typeof cvm.RunInstances>;
