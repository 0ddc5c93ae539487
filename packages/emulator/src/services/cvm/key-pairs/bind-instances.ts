import { cvm, type ParamsOutput } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { batchTargets } from '../instance-state-errors.ts';
import { requireIdle } from '../operation.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';
import { requireChangeableState, startChange } from '../modify/change-flow.ts';
import { findKeyPairs, isWindows } from './key-pair-lookup.ts';

// AssociateInstancesKeyPairs and DisassociateInstancesKeyPairs: Linux instances only, STOPPED ones, or RUNNING ones with
// ForceStop, which stop, take the change and start again (the change flow of ResetInstancesPassword). The keys change
// when the operation lands, in the instance's LoginSettings.KeyIds, which is what DescribeKeyPairs reads its
// AssociatedInstanceIds from. Binding replaces what was bound ("如果实例原来绑定过密钥，那么原来的密钥将失效").

type BindParams = ParamsOutput<typeof cvm.AssociateInstancesKeyPairs>;
type BindAction = 'AssociateInstancesKeyPairs' | 'DisassociateInstancesKeyPairs';

/** The instances and keys of a (dis)association, refused as the cloud refuses them before anything changes. */
function bindTargets(ctx: RequestContext, params: BindParams, action: BindAction): { records: InstanceRecord[]; keyIds: string[] } {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  const keyIds = findKeyPairs(ctx.region, params.KeyIds).map((key) => key.KeyId);
  for (const record of records) {
    const instance = record.instance;
    if (isWindows(instance)) {
      throw new CloudError('UnsupportedOperation.InstanceOsWindows', `Instance \`${instance.InstanceId}\` runs ${instance.OsName}; key pairs are for Linux instances only.`);
    }
    // A launch that failed has no system disk to write a key to.
    if (instance.InstanceState === 'LAUNCH_FAILED') throw new CloudError('InvalidInstance.NotSupported', `Instance \`${instance.InstanceId}\` failed to launch.`);
    if (instance.InstanceState === 'STOPPED' && instance.StopChargingMode === 'STOP_CHARGING') {
      throw new CloudError('UnsupportedOperation.StoppedModeStopCharging', `Instance \`${instance.InstanceId}\` is stopped without charging; start it first.`);
    }
    requireChangeableState(record, { action, forceStop: params.ForceStop });
  }
  requireIdle(records, { ctx, action, params });
  return { records, keyIds };
}

/** Where the change lands, keys deleted meanwhile are left out: a key is never bound after it is gone. */
function existing(ctx: RequestContext, keyIds: readonly string[]): string[] {
  return keyIds.filter((id) => ctx.region.network.keyPairs.some((key) => key.KeyId === id));
}

export const associateInstancesKeyPairs = handler(cvm.AssociateInstancesKeyPairs, (ctx, params) => {
  const { records, keyIds } = bindTargets(ctx, params, 'AssociateInstancesKeyPairs');
  for (const record of records) {
    startChange(ctx, record, {
      action: 'AssociateInstancesKeyPairs',
      transition: CVM_TRANSITIONS.keyBind,
      forceStop: params.ForceStop,
      apply: (instance) => {
        const bound = existing(ctx, keyIds);
        instance.LoginSettings = { KeyIds: bound.length ? bound : null };
      },
    });
  }
  return {};
});

export const disassociateInstancesKeyPairs = handler(cvm.DisassociateInstancesKeyPairs, (ctx, params) => {
  const { records, keyIds } = bindTargets(ctx, params, 'DisassociateInstancesKeyPairs');
  // Unbinding what an instance does not have is a mistake in the request, not a change: refused, naming the instance.
  const idle = records.find(({ instance }) => !keyIds.some((id) => instance.LoginSettings.KeyIds?.includes(id)));
  if (idle) {
    throw new CloudError('InvalidParameterValue', `Instance \`${idle.instance.InstanceId}\` is bound to none of \`${keyIds.join('`, `')}\`.`);
  }
  for (const record of records) {
    startChange(ctx, record, {
      action: 'DisassociateInstancesKeyPairs',
      transition: CVM_TRANSITIONS.keyUnbind,
      forceStop: params.ForceStop,
      apply: (instance) => {
        const left = (instance.LoginSettings.KeyIds ?? []).filter((id) => !keyIds.includes(id));
        instance.LoginSettings = { KeyIds: left.length ? left : null };
      },
    });
  }
  return {};
});
