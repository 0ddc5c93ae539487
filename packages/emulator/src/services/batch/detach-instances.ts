import { batch } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { handler } from '../action-handler.ts';
import { findComputeEnv } from './env-lookup.ts';
import { nodeState } from './node-state.ts';

// DetachInstances: takes instances that were added with AttachInstances back out of the environment, all or nothing.
// The instances are not touched: they keep running with the system they were given. Nodes Batch bought itself
// (BATCH_CREATED) are not detached (the Batch API: 若是由批量计算自动创建的计算节点实例则不允许移出), nor is a node whose
// reinstall is still under way.

export const detachInstances = handler(batch.DetachInstances, (ctx, params) => {
  const env = findComputeEnv(ctx.world, ctx.region, params.EnvId);
  const ids = params.InstanceIds;
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw new CloudError('InvalidParameterValue.InstanceIdDuplicated', `The instance \`${repeated}\` appears more than once in \`InstanceIds\`.`);
  const nodes = ids.map((id) => {
    const node = env.nodes.find((n) => n.InstanceId === id);
    if (!node) throw new CloudError('UnsupportedOperation', `The instance \`${id}\` is not a node of the compute environment ${env.EnvId}.`);
    if (node.origin !== 'USER_ATTACHED') {
      throw new CloudError(
        'UnsupportedOperation',
        `The instance \`${id}\` was created by Batch for the compute environment ${env.EnvId}; only instances added with AttachInstances can be detached.`,
      );
    }
    if (nodeState(node, ctx.region.instances.get(id)!) === 'CREATED') {
      throw new CloudError('UnsupportedOperation', `The instance \`${id}\` is still being added to ${env.EnvId} (its reinstall is under way); detach it once its node is RUNNING.`);
    }
    return node;
  });
  env.nodes = env.nodes.filter((node) => !nodes.includes(node));
  return {};
});
