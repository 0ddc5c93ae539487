import { cvm, hostNameProblem, stateAllows, type Image, type Instance, type ParamsOutput } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { singleTarget, stateError } from '../instance-state-errors.ts';
import { requireIdle } from '../operation.ts';
import { resolveLogin, type Login } from '../purchase/login-and-labels.ts';
import { resolveImage } from '../purchase/resolve-purchase.ts';
import { checkUserData } from '../user-data.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';
import { startChange } from './change-flow.ts';
import { changeQuote, shapeOf } from './change-quote.ts';

// ResetInstance (reinstall) and its quote: a new image (or the same one) on a wiped system disk that may only grow and
// keeps its type; a new password or key pairs under the purchase rules. A running instance stops, is reinstalled and
// starts again; a stopped one stays stopped.

type ReinstallParams = ParamsOutput<typeof cvm.ResetInstance>;

/** Checks a reinstall as ResetInstance does (image, disk, login, host name, user data) before anything changes. */
export function planReinstall(ctx: RequestContext, record: InstanceRecord, params: ReinstallParams) {
  const instance = record.instance;
  const image = resolveImage(ctx.world, ctx.region, params.ImageId ?? instance.ImageId);
  if (image.Architecture !== 'x86_64' || ((instance.GPUInfo?.GPUCount ?? 0) > 0 && image.Platform === 'Windows')) {
    throw new CloudError('InvalidParameterValue.InvalidImageForGivenInstanceType', `The image \`${image.ImageId}\` cannot boot the type \`${instance.InstanceType}\`.`);
  }
  const size = params.SystemDisk?.DiskSize ?? instance.SystemDisk.DiskSize;
  if (params.SystemDisk?.DiskType !== undefined && params.SystemDisk.DiskType !== instance.SystemDisk.DiskType) {
    throw new CloudError('InvalidParameterValue', `\`SystemDisk.DiskType\` cannot change on reinstall; it stays ${instance.SystemDisk.DiskType}.`);
  }
  if (size < instance.SystemDisk.DiskSize)
    throw new CloudError('InvalidParameterValue', `\`SystemDisk.DiskSize\` ${size} GB is below the current ${instance.SystemDisk.DiskSize} GB: the system disk only grows.`);
  const min = Math.max(image.ImageSize, image.Platform === 'Windows' ? 50 : 20);
  if (size < min) throw new CloudError('InvalidParameterValue', `The image \`${image.ImageId}\` needs a system disk of at least ${min} GB; give \`SystemDisk.DiskSize\`.`);
  const login = resolveLogin(ctx.region, params.LoginSettings, image);
  if (params.HostName !== undefined && hostNameProblem(params.HostName, image.Platform === 'Windows')) {
    throw new CloudError('InvalidParameterValue.IllegalHostName', `\`HostName\` \`${params.HostName}\` is not a valid host name.`);
  }
  checkUserData(params.UserData);
  const shape = shapeOf(instance);
  shape.disks[0] = { ...shape.disks[0]!, size };
  return { image, size, login, shape };
}

export const inquiryPriceResetInstance = handler(cvm.InquiryPriceResetInstance, (ctx, params) => {
  const record = singleTarget(ctx.world, ctx.region, params.InstanceId);
  const { shape } = planReinstall(ctx, record, params);
  return { Price: changeQuote(ctx.region.seed.region, record.instance, shape, ctx.world.clock.now()) };
});

export const resetInstance = handler(cvm.ResetInstance, (ctx, params) => {
  const record = singleTarget(ctx.world, ctx.region, params.InstanceId, { destroyedCode: 'UnsupportedOperation.InstanceStateTerminated' });
  const state = record.instance.InstanceState;
  if (!stateAllows('ResetInstance', state)) throw stateError(record.instance.InstanceId, state, 'ResetInstance');
  requireIdle([record], { ctx, action: 'ResetInstance', params });
  const { image, size, login } = planReinstall(ctx, record, params);
  const apply = reinstallOnto(image, size, login);
  startChange(ctx, record, {
    action: 'ResetInstance',
    transition: CVM_TRANSITIONS.reinstall,
    forceStop: true,
    apply: (instance) => {
      apply(instance);
      if (params.UserData !== undefined) record.userData = params.UserData;
      if (params.HostName !== undefined) instance.HostName = params.HostName;
    },
  });
  return {};
});

/** What the rewritten system disk holds once a reinstall lands: the image, its OS and login user, the login keys. */
export function reinstallOnto(image: Image, size: number, login: Login): (instance: Instance) => void {
  return (instance) => {
    const windows = image.Platform === 'Windows';
    Object.assign(instance, {
      ImageId: image.ImageId,
      OsName: image.OsName,
      LoginSettings: { KeyIds: windows ? null : (login.keyIds ?? null), ...(login.keepImageLogin ? { KeepImageLogin: 'true' as const } : {}) },
      DefaultLoginUser: windows ? 'Administrator' : image.Platform === 'Ubuntu' ? 'ubuntu' : 'root',
      DefaultLoginPort: windows ? 3389 : 22,
    } satisfies Partial<Instance>);
    instance.SystemDisk.DiskSize = size;
  };
}
