import { hai } from '@cvm/shared';
import { handler } from '../action-handler.ts';
import { HAI_SCENES, sceneInfo } from './applications.ts';
import { assertNoDuplicates, assertSceneId } from './ids.ts';

// DescribeRegions and DescribeScenes. HAI is sold in every emulated region. Academic
// acceleration (faster reach of GitHub and model hubs) is offered in the Chinese mainland and needless elsewhere.

const MAINLAND = ['ap-guangzhou', 'ap-shanghai', 'ap-beijing', 'ap-chengdu'];

export const describeHaiRegions = handler(hai.DescribeRegions, (ctx) => ({
  RegionSet: [...ctx.world.regions.values()].map(({ seed }) => ({
    Region: seed.region,
    RegionName: ctx.language === 'zh-CN' ? seed.nameZh : seed.nameEn,
    RegionState: 'AVAILABLE',
    ScholarRocketSupportState: MAINLAND.includes(seed.region) ? 'ALREADY_SUPPORT' : 'NO_NEED_SUPPORT',
  })),
}));

export const describeHaiScenes = handler(hai.DescribeScenes, (ctx, params) => {
  for (const id of params.SceneIds ?? []) assertSceneId(id, 'SceneIds');
  assertNoDuplicates(params.SceneIds ?? [], 'SceneIds');
  const wanted = params.SceneIds?.length ? new Set(params.SceneIds) : undefined;
  return { SceneSet: HAI_SCENES.filter((scene) => !wanted || wanted.has(scene.id)).map((scene) => sceneInfo(scene, ctx.language)) };
});
