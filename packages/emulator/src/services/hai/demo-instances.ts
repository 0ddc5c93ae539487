import type { HaiBundleType, HaiInstanceState } from '@cvm/shared';
import type { World } from '../../state/world.ts';
import type { Random } from '../../state/random.ts';
import { findApplication } from './applications.ts';
import { findBundle } from './bundles.ts';
import { buildHaiInstance, haiPublicIp } from './build-instance.ts';
import type { HaiRegion } from './hai-region.ts';
import { changeHaiInstance } from './instance-change.ts';
import { HAI_DEMO_LAUNCH_SECONDS, HAI_TRANSITIONS } from './transitions.ts';

// A believable HAI account: a running Stable Diffusion, two instances stopped without charge (one of a bundle now sold
// out in Guangzhou, so starting it is refused), one in arrears, one that failed to launch, and one still launching.
// Everything here draws on the region's own generator, never the world's, so CVM's IDs stay the same whether or not
// HAI was read.

const DAY = 86_400_000;

interface DemoHai {
  name: string;
  app: string;
  bundle: HaiBundleType;
  disk: number;
  state: HaiInstanceState;
  ageDays: number;
  operation: [string, 'SUCCESS' | 'OPERATING' | 'FAILED'];
}

const DEMO: Record<string, DemoHai[]> = {
  'ap-guangzhou': [
    { name: 'sd-webui-demo', app: 'app-jknfna', bundle: 'XL', disk: 100, state: 'RUNNING', ageDays: 30, operation: ['RunInstances', 'SUCCESS'] },
    { name: 'chatglm-team', app: 'app-chatglm6', bundle: '3XL_2X', disk: 150, state: 'STOPPED_NO_CHARGE', ageDays: 60, operation: ['StopInstance', 'SUCCESS'] },
    { name: 'pytorch-notebook', app: 'app-pytorch2', bundle: 'XL', disk: 80, state: 'STOPPED_NO_CHARGE', ageDays: 12, operation: ['StopInstance', 'SUCCESS'] },
    { name: 'comfy-overdue', app: 'app-c0mfyu1a', bundle: '3XL', disk: 100, state: 'ARREARS', ageDays: 90, operation: ['RunInstances', 'SUCCESS'] },
    { name: 'deepseek-failed', app: 'app-dsr1q32b', bundle: '4XL', disk: 200, state: 'LAUNCH_FAILED', ageDays: 3, operation: ['RunInstances', 'FAILED'] },
    { name: 'comfy-launching', app: 'app-c0mfyu1a', bundle: '24GB_A', disk: 120, state: 'PENDING', ageDays: 0, operation: ['RunInstances', 'OPERATING'] },
  ],
  'ap-shanghai': [{ name: 'sd-shanghai', app: 'app-jknfna', bundle: 'XL', disk: 80, state: 'RUNNING', ageDays: 15, operation: ['RunInstances', 'SUCCESS'] }],
};

export function seedHaiInstances(world: World, hai: HaiRegion, random: Random): void {
  const now = world.clock.now();
  DEMO[hai.region]?.forEach((demo, index) => {
    const running = demo.state === 'RUNNING' || demo.state === 'ARREARS';
    const record = buildHaiInstance(hai, random, {
      name: demo.name,
      application: findApplication(demo.app)!,
      bundle: findBundle(demo.bundle)!,
      disk: { type: 'CLOUD_PREMIUM', size: demo.disk },
      state: demo.state,
      // Minutes apart, so the newest-first order is the list's order.
      createdAt: now - demo.ageDays * DAY - index * 60_000,
      latestOperation: { name: demo.operation[0], state: demo.operation[1] },
      publicIp: running ? haiPublicIp(random) : undefined,
    });
    if (demo.state === 'PENDING') {
      // Already launching when HAI is first read, so no injected failure applies.
      changeHaiInstance(world, hai, record, {
        transition: HAI_TRANSITIONS.launch,
        failedState: 'LAUNCH_FAILED',
        injectFaults: false,
        legs: [
          {
            to: 'RUNNING',
            seconds: HAI_DEMO_LAUNCH_SECONDS,
            onArrive: () => {
              record.instance.PublicIpAddresses = [haiPublicIp(random)];
            },
          },
        ],
      });
    }
    hai.instances.set(record.instance.InstanceId, record);
  });
}
