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

export function rpcHandler(spec: ActionSpec, handle: (ctx: RpcContext) => Record<string, unknown>): RpcHandler {
  if (spec.cloud !== 'aliyun') throw new Error(`${spec.service}.${spec.action} is not an Alibaba Cloud action`);
  return { spec, handle };
}

/** One page of a list, and the paging fields every Describe* answers with. */
export function pageOf<T>(items: readonly T[], page: { pageNumber: number; pageSize: number }): { slice: T[]; TotalCount: number; PageNumber: number; PageSize: number } {
  const start = (page.pageNumber - 1) * page.pageSize;
  return { slice: items.slice(start, start + page.pageSize), TotalCount: items.length, PageNumber: page.pageNumber, PageSize: page.pageSize };
}
