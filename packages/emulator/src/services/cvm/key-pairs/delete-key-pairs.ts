import { cvm } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { findKeyPairs, keyBindings } from './key-pair-lookup.ts';

// DeleteKeyPairs: keys no instance logs in with ("不能删除已被实例或镜像引用的密钥对"; the account has no images that
// hold keys). All or nothing, as the emulator's batches are: one key in use refuses the call and deletes none.

export const deleteKeyPairs = handler(cvm.DeleteKeyPairs, (ctx, params) => {
  const keys = findKeyPairs(ctx.region, params.KeyIds);
  const bindings = keyBindings(ctx.world, ctx.region);
  for (const key of keys) {
    const bound = bindings.get(key.KeyId);
    if (bound?.length) {
      throw new CloudError(
        'InvalidParameterValue.KeyPairNotSupported',
        `The key pair \`${key.KeyId}\` is bound to ${bound.length > 1 ? 'instances' : 'instance'} \`${bound.join('`, `')}\`; unbind it (DisassociateInstancesKeyPairs) first.`,
      );
    }
  }
  const all = ctx.region.network.keyPairs;
  for (const key of keys) all.splice(all.indexOf(key), 1);
  return {};
});
