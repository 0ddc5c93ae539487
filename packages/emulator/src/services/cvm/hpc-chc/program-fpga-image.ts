import { cvm, type Instance } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import type { RegionWorld } from '../../../state/world.ts';
import { handler } from '../../action-handler.ts';
import { INSTANCE_ID } from '../id-formats.ts';
import { singleTarget } from '../instance-state-errors.ts';
import { requireIdle, runOperation } from '../operation.ts';
import { HPC_CHC_TRANSITIONS } from './transitions.ts';

// ProgramFpgaImage (reference 18748): an FPGA image file in COS programmed onto one instance's FPGA cards — the cards
// named by DBDFs, or all of them. Only the FPGA family (FX4, seed/instance-types.ts) has cards: one per 16 vCPUs, the
// n-th at DBDF 0000:00:0(8+n).0 (the reference's example names 0000:00:08.0 and 0000:00:09.0, FX4.8XLARGE128's two).
// The programming takes 8 s, the instance keeping its state; it is the instance's LatestOperation. The reference
// names no state, so any instance that is not busy is programmed (a stopped one's cards keep the image).
// - InstanceId not shaped ins-xxxxxxxx: InvalidInstanceId.Malformed; unknown: InvalidInstanceId.NotFound;
// - not an FPGA type: UnsupportedOperation.NotFpgaInstance;
// - FPGAUrl not a COS object URL (`<bucket>-<appid>.cos.<region>.myqcloud.com/<key>`), a DBDF not written
//   `dddd:bb:dd.f`, not one of the instance's cards, or named twice: InvalidParameterValue.IncorrectFormat;
// - more DBDFs than the instance has cards: InvalidParameterValue.LimitExceeded;
// - busy with another operation: OperationDenied.InstanceOperationInProgress.
// DryRun checks the same and programs nothing.

const COS_URL = /^(https?:\/\/)?[a-z0-9-]+-\d+\.cos\.[a-z0-9-]+\.myqcloud\.com\/\S+$/;
const DBDF = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/;

/** The DBDFs of an instance's FPGA cards; none for a type without FPGAs. */
export function fpgaCards(region: RegionWorld, instance: Pick<Instance, 'InstanceType' | 'Placement'>): string[] {
  const type = region.zoneTypes.get(instance.Placement.Zone)?.find((t) => t.InstanceType === instance.InstanceType);
  return Array.from({ length: type?.FPGA ?? 0 }, (_, n) => `0000:00:${(8 + n).toString(16).padStart(2, '0')}.0`);
}

function requireCards(region: RegionWorld, record: InstanceRecord, dbdfs: readonly string[]): string[] {
  const cards = fpgaCards(region, record.instance);
  if (!cards.length) {
    throw new CloudError('UnsupportedOperation.NotFpgaInstance', `The instance \`${record.instance.InstanceId}\` is ${record.instance.InstanceType}, not an FPGA type (FX4).`);
  }
  if (dbdfs.length > cards.length) {
    throw new CloudError('InvalidParameterValue.LimitExceeded', `\`DBDFs\` names ${dbdfs.length} cards; the instance has ${cards.length}.`);
  }
  for (const dbdf of dbdfs) {
    if (!DBDF.test(dbdf)) throw new CloudError('InvalidParameterValue.IncorrectFormat', `\`${dbdf}\` in \`DBDFs\` is not a DBDF (domain:bus:device.function, as 0000:00:08.0).`);
    if (!cards.includes(dbdf)) {
      throw new CloudError(
        'InvalidParameterValue.IncorrectFormat',
        `\`${dbdf}\` is not an FPGA card of the instance \`${record.instance.InstanceId}\` (its cards: ${cards.join(', ')}).`,
      );
    }
  }
  if (new Set(dbdfs).size !== dbdfs.length) throw new CloudError('InvalidParameterValue.IncorrectFormat', '`DBDFs` names the same card more than once.');
  return dbdfs.length ? [...dbdfs] : cards;
}

export const programFpgaImage = handler(cvm.ProgramFpgaImage, (ctx, params) => {
  if (!INSTANCE_ID.test(params.InstanceId)) {
    throw new CloudError('InvalidInstanceId.Malformed', `The instance ID \`${params.InstanceId}\` is malformed: expected ins- followed by 8 lower-case letters or digits.`);
  }
  const record = singleTarget(ctx.world, ctx.region, params.InstanceId);
  requireCards(ctx.region, record, params.DBDFs ?? []);
  if (!COS_URL.test(params.FPGAUrl)) {
    throw new CloudError(
      'InvalidParameterValue.IncorrectFormat',
      `\`FPGAUrl\` \`${params.FPGAUrl}\` is not the COS URL of an FPGA image (<bucket>-<appid>.cos.<region>.myqcloud.com/<file>).`,
    );
  }
  if (params.DryRun) return {};
  // The action documents OperationDenied.InstanceOperationInProgress for a busy instance, a repeat of itself included.
  requireIdle([record]);
  const state = record.instance.InstanceState;
  runOperation(ctx, record, HPC_CHC_TRANSITIONS.programFpga, state, [{ to: state }]);
  return {};
});
