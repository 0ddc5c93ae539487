import { ECS_VERSION, type RpcHandler } from '../rpc-handler.ts';

export const describeRegions: RpcHandler = {
  product: 'ecs',
  version: ECS_VERSION,
  action: 'DescribeRegions',
  regional: false,
  handle: ({ world }) => ({
    Regions: {
      Region: [...world.regions.values()].map((r) => ({ RegionId: r.regionId, LocalName: r.localName, RegionEndpoint: 'ecs.aliyuncs.com' })),
    },
  }),
};
