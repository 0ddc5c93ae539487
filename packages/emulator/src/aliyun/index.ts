import type { Timeline } from '../state/change-over-time/index.ts';
import type { Random } from '../state/random.ts';
import * as ecsInstances from './ecs/describe-instances.ts';
import * as ecsRegions from './ecs/describe-regions.ts';
import * as essAttach from './ess/attach-instances.ts';
import * as essScaling from './ess/describe-scaling.ts';
import type { AliyunCredential } from './http/rpc-authenticate.ts';
import { rpcHandlersIn } from './rpc-handler.ts';
import { seedAliyun } from './state/aliyun-seed.ts';
import { AliyunWorld } from './state/aliyun-world.ts';

export { createRpcRequestHandler, isAliyunRpc } from './http/handle-rpc-request.ts';
export { NonceLedger, type AliyunCredential } from './http/rpc-authenticate.ts';
export { AliyunWorld } from './state/aliyun-world.ts';

/** The emulated Alibaba Cloud account's key pair: an AccessKey ID in the cloud's LTAI form. */
export const DEFAULT_ALIYUN_CREDENTIAL: AliyunCredential = { accessKeyId: 'LTAI5tEmulatorLocal0001', accessKeySecret: 'emulator-aliyun-secret' };

export const aliyunHandlers = rpcHandlersIn(ecsRegions, ecsInstances, essScaling, essAttach);

export function createAliyunWorld(changes: Timeline, random: Random): AliyunWorld {
  const world = new AliyunWorld(changes, random);
  seedAliyun(world);
  return world;
}
