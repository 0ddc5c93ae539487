import { handlersIn } from '../action-handler.ts';
import * as applications from './describe-applications.ts';
import * as instances from './describe-instances.ts';
import * as regionsAndScenes from './describe-regions-and-scenes.ts';
import * as quote from './inquire-price.ts';
import * as lifecycle from './lifecycle.ts';
import * as purchase from './run-instances.ts';

/** HAI, the high-performance application service (hai 2023-08-12): applications on GPU bundles, and their instances. */
export const haiHandlers = handlersIn(regionsAndScenes, applications, instances, quote, purchase, lifecycle);

export { haiRegion, listHaiInstances } from './hai-region.ts';
