import type { ActionHandler } from '../action-handler.ts';
import { attachInstances } from './attach-instances.ts';
import { describeComputeEnv, describeComputeEnvs } from './describe-compute-envs.ts';
import { detachInstances } from './detach-instances.ts';

/** The Batch service (batch 2017-03-12): compute environments, and CVM instances added to and taken out of them. */
export const batchHandlers: ActionHandler[] = [describeComputeEnvs, describeComputeEnv, attachInstances, detachInstances];
