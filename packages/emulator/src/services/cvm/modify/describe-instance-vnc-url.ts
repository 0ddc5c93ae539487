import { cvm, stateAllows } from '@cvm/shared';
import { handler } from '../../action-handler.ts';
import { refuseFailedReinstall, singleTarget, stateError } from '../instance-state-errors.ts';

// DescribeInstanceVncUrl: a running instance's console, as a URL-encoded wss address with a one-time token. The cloud's
// URL lives 15 s and opens once; the emulator hands out the same shape (it serves no VNC itself).

const REGION_PREFIX: Record<string, string> = { 'ap-guangzhou': 'gz', 'ap-shanghai': 'sh', 'ap-beijing': 'bj', 'ap-singapore': 'sg', 'ap-hongkong': 'hk', 'ap-chengdu': 'cd' };

export const describeInstanceVncUrl = handler(cvm.DescribeInstanceVncUrl, (ctx, params) => {
  const record = singleTarget(ctx.world, ctx.region, params.InstanceId, { destroyedCode: 'UnsupportedOperation.InstanceStateTerminated' });
  refuseFailedReinstall([record], 'DescribeInstanceVncUrl');
  const { InstanceState, InstanceId } = record.instance;
  if (!stateAllows('DescribeInstanceVncUrl', InstanceState)) throw stateError(InstanceId, InstanceState, 'DescribeInstanceVncUrl');
  const token = Buffer.from(Array.from({ length: 24 }, () => Math.floor(ctx.world.random() * 256))).toString('base64url');
  const host = `${REGION_PREFIX[ctx.region.seed.region] ?? 'intl'}vnc.qcloud.com:26789`;
  return { InstanceVncUrl: encodeURIComponent(`wss://${host}/vnc?s=${token}`) };
});
