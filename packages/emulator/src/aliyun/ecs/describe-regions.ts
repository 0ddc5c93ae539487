import { ecs } from '@cvm/shared';
import { rpcHandler } from '../rpc-handler.ts';

// LocalName in the language AcceptLanguage asks for: Chinese by default (zh-CN), English for en-US (and for ja, which
// the emulator has no names in).
export const describeRegions = rpcHandler(ecs.DescribeRegions, ({ world, params }) => {
  const english = params.string('AcceptLanguage') === 'en-US' || params.string('AcceptLanguage') === 'ja';
  return {
    Regions: {
      Region: [...world.regions.values()].map((r) => ({ RegionId: r.regionId, LocalName: english ? r.englishName : r.localName, RegionEndpoint: 'ecs.aliyuncs.com' })),
    },
  };
});
