import type { ActionSpec } from '@cvm/shared';
import type { RpcParams } from './http/rpc-params.ts';
import type { AliyunRegionState, AliyunWorld } from './state/aliyun-world.ts';

export interface RpcContext {
  world: AliyunWorld;
  /** The region named by RegionId, settled to now; set for every regional action. */
  region: AliyunRegionState;
  params: RpcParams;
  requestId: string;
}

/**
 * One emulated Aliyun RPC action: its catalog entry (product = the entry's service, its Version, whether it needs a
 * RegionId) and the rules that answer it. Parameters are read by the handler from the flat RPC strings, so that bad
 * ones get Aliyun's own codes and wording rather than the console's validation.
 */
export interface RpcHandler {
  spec: ActionSpec;
  handle(ctx: RpcContext): Record<string, unknown>;
}

/** Marks what rpcHandler() made, so rpcHandlersIn can tell a handler from a module's other exports. */
const RPC_HANDLER = Symbol('emulated Alibaba Cloud action');

export function rpcHandler(spec: ActionSpec, handle: (ctx: RpcContext) => Record<string, unknown>): RpcHandler {
  if (spec.cloud !== 'aliyun') throw new Error(`${spec.service}.${spec.action} is not an Alibaba Cloud action`);
  return { spec, handle, [RPC_HANDLER]: true } as RpcHandler;
}

/** Every handler the rule modules export (as handlersIn does for Tencent Cloud's services). */
export function rpcHandlersIn(...modules: object[]): RpcHandler[] {
  return modules.flatMap((module) => Object.values(module).filter((value): value is RpcHandler => typeof value === 'object' && value !== null && RPC_HANDLER in value));
}

/** One page of a list, and the paging fields every Describe* answers with. */
export function pageOf<T>(items: readonly T[], page: { pageNumber: number; pageSize: number }): { slice: T[]; TotalCount: number; PageNumber: number; PageSize: number } {
  const start = (page.pageNumber - 1) * page.pageSize;
  return { slice: items.slice(start, start + page.pageSize), TotalCount: items.length, PageNumber: page.pageNumber, PageSize: page.pageSize };
}
