import { batch } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { resourceId } from '../../state/random.ts';
import { handler } from '../action-handler.ts';
import { startChange } from '../cvm/modify/change-flow.ts';
import { planReinstall, reinstallOnto } from '../cvm/modify/reset-instance.ts';
import { CVM_TRANSITIONS } from '../cvm/transitions.ts';
import type { ComputeNodeRecord } from './compute-envs.ts';
import { attachRefusal, callCvm, describeThroughCvm } from './attach-rules.ts';
import { findComputeEnv } from './env-lookup.ts';

// AttachInstances (seed 000): adds RUNNING instances to a compute environment. All or nothing: every
// rule is checked for every instance before anything changes. Then each instance is reinstalled the way CVM's
// ResetInstance reinstalls a running one (STOPPING → STOPPED → STARTING → RUNNING, LatestOperation ResetInstance with
// this call's RequestId), onto the given image or its own, with the given login or none, and its UserData cleared; its
// node shows CREATED meanwhile and RUNNING once the instance is back.

export const attachInstances = handler(batch.AttachInstances, (ctx, params) => {
  const { world, region } = ctx;
  const env = findComputeEnv(world, region, params.EnvId);
  const ids = params.Instances.map((item) => item.InstanceId);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw new CloudError('InvalidParameterValue.InstanceIdDuplicated', `The instance \`${repeated}\` appears more than once in \`Instances\`.`);
  if (env.resourceType !== 'CVM') {
    throw new CloudError('UnsupportedOperation', `The compute environment \`${env.EnvId}\` runs on ${env.resourceType} (bare metal) nodes; CVM instances cannot be added to it.`);
  }
  const records = describeThroughCvm(ctx, ids);
  records.forEach((record) => {
    const reason = attachRefusal(ctx, env, record);
    if (reason) {
      throw new CloudError(
        'UnsupportedOperation.InstancesNotAllowToAttach',
        `The instance \`${record.instance.InstanceId}\` (${record.instance.InstanceName}) cannot be added to the compute environment ${env.EnvId}: ${reason}.`,
      );
    }
  });
  const plans = params.Instances.map((item, index) => {
    const login = item.LoginSettings && { ...item.LoginSettings, KeepImageLogin: item.LoginSettings.KeepImageLogin?.toLowerCase() as 'true' | 'false' | undefined };
    return callCvm('ResetInstance', () => planReinstall(ctx, records[index]!, { InstanceId: item.InstanceId, ImageId: item.ImageId, LoginSettings: login }));
  });

  records.forEach((record, index) => {
    const { image, size, login } = plans[index]!;
    const node: ComputeNodeRecord = {
      ComputeNodeId: resourceId('node', world.random),
      InstanceId: record.instance.InstanceId,
      origin: 'USER_ATTACHED',
      createdAt: world.clock.now(),
      attachRequestId: ctx.requestId,
      osReady: false,
    };
    env.nodes.push(node);
    const rewrite = reinstallOnto(image, size, login);
    startChange(ctx, record, {
      action: 'ResetInstance',
      transition: CVM_TRANSITIONS.reinstall,
      forceStop: true,
      apply: (instance) => {
        rewrite(instance);
        record.userData = undefined;
        node.osReady = true;
      },
    });
  });
  return {};
});
