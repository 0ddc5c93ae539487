import { hai } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { handler } from '../action-handler.ts';
import { buildHaiInstance } from './build-instance.ts';
import { haiRegion, listHaiInstances } from './hai-region.ts';
import { changeHaiInstance } from './instance-change.ts';
import { resolveHaiPurchase } from './purchase.ts';
import { HAI_TRANSITIONS } from './transitions.ts';

// RunInstances (seed 002): checks everything first, then creates every instance PENDING at once; each
// turns RUNNING after about ten seconds of emulator time, when it gets its public IP. A ClientToken seen before in the
// region answers the same InstanceIdSet and creates nothing; DryRun checks everything, stock included, and answers
// DryRunOperation without using up its ClientToken.

export const runHaiInstances = handler(hai.RunInstances, (ctx, params) => {
  const { world } = ctx;
  const region = haiRegion(world, ctx.region.seed.region);
  const token = params.ClientToken;
  if (token !== undefined && !params.DryRun) {
    const earlier = region.clientTokens.get(token);
    if (earlier) return { InstanceIdSet: earlier };
  }
  const purchase = resolveHaiPurchase(region.region, params);
  if (params.DryRun) throw new CloudError('DryRunOperation', 'DryRun: the request would have succeeded; nothing was created.');

  listHaiInstances(world, region);
  const now = world.clock.now();
  const ids = Array.from({ length: purchase.count }, () => {
    const record = buildHaiInstance(region, world.random, {
      name: purchase.name,
      application: purchase.application,
      bundle: purchase.bundle,
      disk: purchase.disk,
      state: 'PENDING',
      createdAt: now,
      latestOperation: { name: 'RunInstances', state: 'OPERATING' },
    });
    const instance = record.instance;
    changeHaiInstance(world, region, record, {
      transition: HAI_TRANSITIONS.launch,
      failedState: 'LAUNCH_FAILED',
      stretch: 0.8 + world.random() * 0.4,
      legs: [
        {
          to: 'RUNNING',
          onArrive: () => {
            instance.PublicIpAddresses = [world.allocatePublicIp()];
          },
        },
      ],
    });
    region.instances.set(record.instance.InstanceId, record);
    return record.instance.InstanceId;
  });
  if (token !== undefined) region.clientTokens.set(token, ids);
  return { InstanceIdSet: ids };
});
