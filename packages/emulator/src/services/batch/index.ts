import { handlersIn } from '../action-handler.ts';
import * as attach from './attach-instances.ts';
import * as computeEnvs from './describe-compute-envs.ts';
import * as detach from './detach-instances.ts';

/** The Batch service (batch 2017-03-12): compute environments, and CVM instances added to and taken out of them. */
export const batchHandlers = handlersIn(computeEnvs, attach, detach);
