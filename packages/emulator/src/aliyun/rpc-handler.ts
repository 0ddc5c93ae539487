import type { RpcParams } from './http/rpc-params.ts';
import type { AliyunRegionState, AliyunWorld } from './state/aliyun-world.ts';

export interface RpcContext {
  world: AliyunWorld;
  /** The region named by RegionId, settled to now; set for every regional action. */
  region: AliyunRegionState;
  params: RpcParams;
  requestId: string;
}

/** One emulated Aliyun RPC action. */
export interface RpcHandler {
  /** The product's host label (ecs.aliyuncs.com, ess.aliyuncs.com). */
  product: 'ecs' | 'ess';
  version: string;
  action: string;
  /** False for DescribeRegions, which answers without a RegionId. */
  regional: boolean;
  handle(ctx: RpcContext): Record<string, unknown>;
}

export const ECS_VERSION = '2014-05-26';
export const ESS_VERSION = '2014-08-28';

/** One page of a list, and the paging fields every Describe* answers with. */
export function pageOf<T>(items: readonly T[], page: { pageNumber: number; pageSize: number }): { slice: T[]; TotalCount: number; PageNumber: number; PageSize: number } {
  const start = (page.pageNumber - 1) * page.pageSize;
  return { slice: items.slice(start, start + page.pageSize), TotalCount: items.length, PageNumber: page.pageNumber, PageSize: page.pageSize };
}
