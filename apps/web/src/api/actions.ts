import type { ActionSpec, catalog } from '@cvm/shared';

// The shared catalog's action specs carry zod schemas, which the server needs (to validate) and the
// browser does not: importing them would add zod to every page load. The browser instead names an
// action by service and action name, checked against the catalog's type at compile time, and keeps
// the full spec only as a type, so params and responses stay typed by ParamsOf/ResponseOf.

type Catalog = typeof catalog;
type Service = keyof Catalog;

declare const specType: unique symbol;

/** A catalog action as the browser needs it at run time: where to POST. `S` is the full spec, type-only. */
export interface ActionRef<S extends ActionSpec> {
  readonly service: string;
  readonly action: string;
  readonly [specType]?: S;
}

function action<Svc extends Service, A extends keyof Catalog[Svc] & string>(
  service: Svc,
  name: A,
): Catalog[Svc][A] extends ActionSpec ? ActionRef<Catalog[Svc][A]> : never {
  return { service, action: name } as never;
}

export const DescribeRegions = action('cvm', 'DescribeRegions');
export const DescribeZones = action('cvm', 'DescribeZones');
export const DescribeInstances = action('cvm', 'DescribeInstances');
export const DescribeInstancesStatus = action('cvm', 'DescribeInstancesStatus');
export const DescribeInstanceTypeConfigs = action('cvm', 'DescribeInstanceTypeConfigs');
export const DescribeImages = action('cvm', 'DescribeImages');
export const StartInstances = action('cvm', 'StartInstances');
export const StopInstances = action('cvm', 'StopInstances');
export const RebootInstances = action('cvm', 'RebootInstances');
export const TerminateInstances = action('cvm', 'TerminateInstances');
export const InquiryPriceTerminateInstances = action('cvm', 'InquiryPriceTerminateInstances');
