import { cvm, isWindowsInstance, type Instance } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import type { RegionWorld } from '../../../state/world.ts';
import { handler } from '../../action-handler.ts';
import { INSTANCE_ID } from '../id-formats.ts';
import { batchTargets } from '../instance-state-errors.ts';
import { requireIdle, runOperation } from '../operation.ts';
import { isHpcType } from './hpc-clusters.ts';
import { HPC_CHC_TRANSITIONS } from './transitions.ts';

// ConvertOperatingSystems (reference 28270): CentOS 7 or 8 rewritten in place as TencentOS Server — 7 as 2.4, 8 as 3.1
// (the TencentOS releases binary-compatible with them) — the instance RUNNING throughout (30 s), its image unchanged,
// its OsName the new system's once the conversion lands. The refusals, in the order the cloud checks them:
// - an ID not shaped ins-xxxxxxxx: InvalidParameterValue.InstanceIdMalformed; unknown: InvalidInstanceId.NotFound;
// - TargetOSType other than TencentOS: InvalidParameter.InvalidTargetOSType;
// - Windows: UnsupportedOperation.InstanceOsWindows; a GPU, FPGA or HPC type: UnsupportedOperation.SpecialInstanceType;
//   any other system: UnsupportedOperation.InstanceOsConvertOsNotSupport;
// - not RUNNING: UnsupportedOperation.InstanceStateNotRunning; busy (a conversion under way included):
//   OperationDenied.InstanceOperationInProgress, the code CVM answers for a busy instance (the action lists none).
// DryRun checks the same and changes nothing. Every answer lists the targets (SupportTargetOSList): the reference says
// only DryRun's does, but its own example answers them without DryRun (28393), and a caller loses nothing by them.
// MinimalConversion is taken and changes nothing the emulator shows.

const { CONVERT_TARGET_OS_TYPES } = cvm;
type TargetOS = cvm.TargetOS;

/** The TencentOS release each CentOS major version converts to, and the system the instance shows after. */
const TARGETS: Record<string, { version: string; osName: string }> = {
  '7': { version: '2.4', osName: 'TencentOS Server 2.4 (TK4)' },
  '8': { version: '3.1', osName: 'TencentOS Server 3.1 (TK4)' },
};

/** The CentOS major version an instance runs, when it is 7 or 8. */
export function centOsVersion(instance: Pick<Instance, 'OsName'>): '7' | '8' | undefined {
  const match = /^CentOS (?:Linux |Stream )?(\d+)/i.exec(instance.OsName);
  return match && (match[1] === '7' || match[1] === '8') ? match[1] : undefined;
}

/** Whether the instance's type is one the conversion refuses ("特殊机型"): GPU, FPGA or HPC. */
function isSpecialType(region: RegionWorld, instance: Instance): boolean {
  const type = region.zoneTypes.get(instance.Placement.Zone)?.find((t) => t.InstanceType === instance.InstanceType);
  return type !== undefined && (type.GpuCount > 0 || type.FPGA > 0 || isHpcType(type));
}

function check(region: RegionWorld, record: InstanceRecord): '7' | '8' {
  const instance = record.instance;
  if (isWindowsInstance(instance)) {
    throw new CloudError('UnsupportedOperation.InstanceOsWindows', `The instance \`${instance.InstanceId}\` runs ${instance.OsName}: only CentOS 7 and 8 convert.`);
  }
  if (isSpecialType(region, instance)) {
    throw new CloudError(
      'UnsupportedOperation.SpecialInstanceType',
      `The instance \`${instance.InstanceId}\` is of the special type ${instance.InstanceType} (GPU, FPGA or HPC), which does not convert.`,
    );
  }
  const version = centOsVersion(instance);
  if (!version) {
    throw new CloudError('UnsupportedOperation.InstanceOsConvertOsNotSupport', `The instance \`${instance.InstanceId}\` runs ${instance.OsName}: only CentOS 7 and 8 convert.`);
  }
  if (instance.InstanceState !== 'RUNNING') {
    throw new CloudError('UnsupportedOperation.InstanceStateNotRunning', `The instance \`${instance.InstanceId}\` is ${instance.InstanceState}; a conversion needs it RUNNING.`);
  }
  return version;
}

export const convertOperatingSystems = handler(cvm.ConvertOperatingSystems, (ctx, params) => {
  const malformed = params.InstanceIds.find((id) => !INSTANCE_ID.test(id));
  if (malformed) {
    throw new CloudError('InvalidParameterValue.InstanceIdMalformed', `The instance ID \`${malformed}\` is malformed: expected ins- followed by 8 lower-case letters or digits.`);
  }
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  const target = params.TargetOSType ?? 'TencentOS';
  if (!(CONVERT_TARGET_OS_TYPES as readonly string[]).includes(target)) {
    throw new CloudError('InvalidParameter.InvalidTargetOSType', `\`TargetOSType\` is \`${target}\`; the conversion goes to ${CONVERT_TARGET_OS_TYPES.join(' or ')} only.`);
  }
  const versions = records.map((record) => check(ctx.region, record));
  const list: TargetOS[] = [...new Set(versions)].map((version) => ({ TargetOSType: target, TargetOSVersion: TARGETS[version]!.version }));
  if (params.DryRun) return { SupportTargetOSList: list, TaskId: '' };
  requireIdle(records);
  records.forEach((record, index) => {
    const osName = TARGETS[versions[index]!]!.osName;
    runOperation(ctx, record, HPC_CHC_TRANSITIONS.convertOs, 'RUNNING', [
      {
        to: 'RUNNING',
        onArrive: () => {
          record.instance.OsName = osName;
        },
      },
    ]);
  });
  const taskId = String(10_000_000 + Math.floor(ctx.world.random() * 90_000_000));
  return { SupportTargetOSList: list, TaskId: taskId };
});
