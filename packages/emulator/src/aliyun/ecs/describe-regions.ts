import { ecs } from '@cvm/shared';
import { rpcHandler } from '../rpc-handler.ts';

export const describeRegions = rpcHandler(ecs.DescribeRegions, ({ world }) => ({
  Regions: {
    Region: [...world.regions.values()].map((r) => ({ RegionId: r.regionId, LocalName: r.localName, RegionEndpoint: 'ecs.aliyuncs.com' })),
  },
}));
